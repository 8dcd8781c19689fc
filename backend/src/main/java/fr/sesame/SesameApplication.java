package fr.sesame;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sésame: connection letters that get school accounts into the right hands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SesameApplication {

  public static void main(String[] args) {
    SpringApplication.run(SesameApplication.class, args);
  }
}
