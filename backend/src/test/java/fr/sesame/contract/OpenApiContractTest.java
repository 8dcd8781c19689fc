package fr.sesame.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sesame.testing.ApplicationTest;
import io.swagger.v3.core.util.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API the running application serves (springdoc, from the controllers) and {@code openapi.yaml}
 * describe the same operations with the same fields. Changing one without the other fails here.
 */
@ApplicationTest
class OpenApiContractTest {

  @Autowired WebTestClient client;

  @Test
  void servedApiMatchesTheContract() throws Exception {
    byte[] served =
        client
            .get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    JsonNode servedSpec = Json.mapper().readTree(served);

    Map<String, String> fromCode = OperationSignatures.of(servedSpec);
    Map<String, String> fromContract = OperationSignatures.of(ContractFile.tree());

    assertThat(fromCode).as("operations served by the application").isNotEmpty();
    assertThat(fromCode.keySet())
        .as("operations in openapi.yaml (left) vs served (right)")
        .containsExactlyInAnyOrderElementsOf(fromContract.keySet());
    fromContract.forEach(
        (operation, signature) ->
            assertThat(fromCode.get(operation)).as(operation).isEqualTo(signature));
  }

  @Test
  void contractIsServedForSwaggerUi() {
    client
        .get()
        .uri("/openapi.yaml")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(text -> assertThat(text).isEqualTo(ContractFile.text()));
  }
}
