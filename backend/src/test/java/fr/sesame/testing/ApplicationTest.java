package fr.sesame.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random port, with a real PostgreSQL and a clock tests can move. All
 * such tests share one application context, so the suite starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import({ApplicationTest.TestClock.class, ApplicationTest.CheckedAgainstContract.class})
public @interface ApplicationTest {

  @TestConfiguration(proxyBeanMethods = false)
  class TestClock {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  /** Every answer the test client gets is checked against {@code openapi.yaml}. */
  @TestConfiguration(proxyBeanMethods = false)
  class CheckedAgainstContract {
    @Bean
    WebTestClientBuilderCustomizer contractResponses() {
      return builder -> builder.filter(new ContractResponses());
    }
  }
}
