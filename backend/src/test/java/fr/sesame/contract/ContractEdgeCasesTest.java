package fr.sesame.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.ContractResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Walks every operation of {@code openapi.yaml} with values at the edges of what it takes — control
 * characters, 10,000 characters, emoji, a lone surrogate, negative and huge numbers, unknown enum
 * values, wrong content types, a missing CSRF token, no session — and checks that each answer is
 * one the contract tells: never a 5xx, every error a problem detail with a status the operation
 * documents and a type the contract lists, and text with control characters or an unknown enum
 * value refused. New operations and parameters are walked as soon as they are in the contract. Its
 * own application and database, since it changes what it walks.
 */
@ApplicationTest
@TestPropertySource(properties = "sesame.test.context=contract-edge-cases")
class ContractEdgeCasesTest {

  @LocalServerPort int port;

  private final ContractOperations contract = new ContractOperations();
  private final Set<String> problemTypes = contract.problemTypes();
  private final List<String> findings = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final Map<String, String> ids = new TreeMap<>();
  private int requests;
  private Http admin;

  @Test
  void everyOperationAnswersEdgeValuesAsTheContractSays() throws IOException {
    long start = System.nanoTime();
    admin = new Http(port, true).signIn();
    Http anonymous = new Http(port, false);
    fixtures();
    List<ContractOperations.Operation> operations = contract.all();
    for (ContractOperations.Operation operation : operations) {
      walk(operation, anonymous);
      if (operation.path().startsWith("/api/auth/")) {
        // A sign-in attempt may end the session: start a new one.
        admin = new Http(port, true).signIn();
      }
    }
    System.out.printf(
        "Contract edge cases: %d operations, %d requests in %.1f s; statuses %s%n",
        operations.size(), requests, (System.nanoTime() - start) / 1e9, statuses);
    assertThat(operations).hasSizeGreaterThan(40);
    assertThat(findings).as("answers openapi.yaml does not tell").isEmpty();
  }

  private void walk(ContractOperations.Operation op, Http anonymous) {
    String path = path(op, null, null);
    String body = baseBody(op);
    check(op, "no session", anonymous.send(op.method(), path, op.bodyType(), body, false), false);
    boolean safe = op.method().equals("get");
    if (!safe) {
      check(op, "no CSRF token", admin.send(op.method(), path, op.bodyType(), body, false), false);
    }
    for (ContractOperations.Parameter parameter : op.parameters()) {
      if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
        continue;
      }
      for (EdgeValues.RawEdge edge : EdgeValues.forParameter(parameter.schema())) {
        String uri =
            parameter.in().equals("path")
                ? path(op, parameter.name(), edge.encoded())
                : path + "?" + parameter.name() + "=" + edge.encoded();
        check(
            op,
            parameter.name() + " = " + edge.label(),
            admin.send(op.method(), uri, op.bodyType(), body, true),
            edge.mustBeRefused());
      }
    }
    if (op.bodyType() == null) {
      return;
    }
    if (op.bodyType().equals("application/json")) {
      jsonBody(op, path);
    } else {
      check(
          op, "JSON instead", admin.send(op.method(), path, "application/json", "{}", true), true);
      byte[] nul =
          "lastName;firstName\nA\u0000;B\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      check(
          op,
          "file with NUL",
          admin.send(op.method(), path, multipartType(), multipart(nul), true),
          true);
      check(
          op,
          "text file",
          admin.send(
              op.method(), path, multipartType(), multipart("x".repeat(10_000).getBytes()), true),
          false);
    }
  }

  private void jsonBody(ContractOperations.Operation op, String path) {
    JsonNode base = EdgeValues.sample(contract, op.bodySchema());
    if (op.bodyExample() != null) {
      base = op.bodyExample();
    }
    String text = EdgeValues.text(base);
    check(op, "text/plain", admin.send(op.method(), path, "text/plain", text, true), true);
    check(
        op,
        "application/xml",
        admin.send(op.method(), path, "application/xml", "<a/>", true),
        true);
    check(op, "no body", admin.send(op.method(), path, "application/json", null, true), false);
    check(
        op,
        "broken JSON",
        admin.send(op.method(), path, "application/json", "{\"a\":", true),
        true);
    check(op, "JSON array", admin.send(op.method(), path, "application/json", "[1]", true), false);
    if (!base.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : contract.properties(op.bodySchema()).entrySet()) {
      for (EdgeValues.Edge edge : EdgeValues.forSchema(field.getValue())) {
        ObjectNode changed = ((ObjectNode) base).deepCopy();
        changed.set(field.getKey(), edge.value());
        check(
            op,
            field.getKey() + " = " + edge.label(),
            admin.send(op.method(), path, "application/json", EdgeValues.text(changed), true),
            edge.mustBeRefused());
      }
    }
  }

  private void check(
      ContractOperations.Operation op, String what, Http.Answer answer, boolean mustBeRefused) {
    requests++;
    statuses.merge(answer.status(), 1, Integer::sum);
    String where = op.label() + " [" + what + "] → " + answer.status();
    if (answer.status() >= 500) {
      findings.add(where + ": a server error");
    }
    if (mustBeRefused && answer.status() < 400) {
      findings.add(where + ": accepted");
    }
    if (answer.status() >= 400) {
      String type = answer.contentType();
      if (type == null || !type.startsWith("application/problem+json")) {
        findings.add(where + ": not a problem detail but " + type);
      } else {
        Matcher m = Pattern.compile("\"type\":\"([^\"]+)\"").matcher(answer.body());
        if (!m.find() || !problemTypes.contains(m.group(1))) {
          findings.add(where + ": a problem type the contract does not list: " + answer.body());
        }
      }
    }
    String concrete = path(op, null, null);
    for (String wrong :
        ContractResponses.disagreements(
            op.method().toUpperCase(),
            concrete,
            answer.status(),
            answer.headers(),
            answer.body())) {
      findings.add(where + ": " + wrong);
    }
  }

  /** The operation's path with real ids, one parameter replaced by an edge value. */
  private String path(ContractOperations.Operation op, String replaced, String value) {
    String path = op.path();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String real = name.equals(replaced) ? value : idFor(path, name);
      m.appendReplacement(out, Matcher.quoteReplacement(real));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String idFor(String path, String name) {
    if (name.equals("id")) {
      String collection = path.split("/")[2];
      return ids.getOrDefault(collection, UUID.randomUUID().toString());
    }
    return ids.getOrDefault(name, name.equals("version") ? "1" : UUID.randomUUID().toString());
  }

  private String baseBody(ContractOperations.Operation op) {
    if (op.bodyType() == null) {
      return null;
    }
    if (!op.bodyType().equals("application/json")) {
      return null;
    }
    JsonNode base =
        op.bodyExample() != null ? op.bodyExample() : EdgeValues.sample(contract, op.bodySchema());
    return EdgeValues.text(base);
  }

  /** An account with a live letter, a template and a send, so ids in paths reach real rows. */
  private void fixtures() throws IOException {
    admin.send(
        "PUT",
        "/api/identity",
        "application/json",
        "{\"name\":\"Collège des cas limites\",\"publicUrl\":\"https://sesame.example.fr/\"}",
        true);
    String account =
        id(
            admin.send(
                "POST",
                "/api/accounts",
                "application/json",
                "{\"kind\":\"STUDENT\",\"lastName\":\"Limite\",\"firstName\":\"Cas\",\"className\":\"3A\"}",
                true));
    ids.put("accounts", account);
    ids.put(
        "credentialId",
        id(
            admin.send(
                "POST",
                "/api/accounts/" + account + "/credentials",
                "application/json",
                "{\"variant\":\"QR\"}",
                true)));
    Http.Answer templates =
        admin.send(
            "GET", "/api/templates?audience=STUDENT&variant=QR&language=fr", null, null, true);
    String template = EdgeValues.JSON.readTree(templates.body()).at("/items/0/id").asText();
    ids.put("templates", template);
    ids.put(
        "sends",
        id(
            admin.send(
                "POST",
                "/api/sends",
                "application/json",
                "{\"templateId\":\""
                    + template
                    + "\",\"audience\":\"STUDENT\",\"output\":\"PDF\","
                    + "\"selection\":{\"accountIds\":[\""
                    + account
                    + "\"]}}",
                true)));
  }

  private static String id(Http.Answer answer) throws IOException {
    assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
    return EdgeValues.JSON.readTree(answer.body()).path("id").asText();
  }

  private static String multipartType() {
    return "multipart/form-data; boundary=edge-cases-boundary";
  }

  private static byte[] multipart(byte[] file) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(
        ("--edge-cases-boundary\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"edge.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes());
    out.writeBytes(file);
    out.writeBytes("\r\n--edge-cases-boundary--\r\n".getBytes());
    return out.toByteArray();
  }
}
