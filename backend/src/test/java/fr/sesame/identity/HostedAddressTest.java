package fr.sesame.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameProperties;
import fr.sesame.audit.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import reactor.core.publisher.Mono;

/** With a hosting domain, the console is offered {@code https://<uai>.<domain>/}. */
class HostedAddressTest {

  @Test
  void suggestsTheHostedAddressFromTheUai() {
    IdentityRepository repository = Mockito.mock(IdentityRepository.class);
    Mockito.when(repository.find())
        .thenReturn(Mono.just(new IdentityRepository.Row("Lycée", "0751234J", null, null, false)));
    SesameProperties properties =
        new SesameProperties(
            Path.of("data"), null, null, "Sesame-Ecoles.fr", null, null, null, null, null);
    IdentityService service =
        new IdentityService(
            repository, Mockito.mock(AuditLog.class), Clock.systemUTC(), properties);

    assertThat(service.get().block().hostedPublicUrl())
        .isEqualTo("https://0751234j.sesame-ecoles.fr/");
  }

  @Test
  void suggestsNothingWithoutAHostingDomain() {
    IdentityRepository repository = Mockito.mock(IdentityRepository.class);
    Mockito.when(repository.find())
        .thenReturn(Mono.just(new IdentityRepository.Row("Lycée", "0751234J", null, null, false)));
    SesameProperties properties =
        new SesameProperties(Path.of("data"), null, null, null, null, null, null, null, null);
    IdentityService service =
        new IdentityService(
            repository, Mockito.mock(AuditLog.class), Clock.systemUTC(), properties);

    assertThat(service.get().block().hostedPublicUrl()).isNull();
  }
}
