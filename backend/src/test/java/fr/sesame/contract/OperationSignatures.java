package fr.sesame.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What two OpenAPI documents must agree on for a client to work: each operation's method and path,
 * its parameters, the fields of its request body and the fields of each success answer.
 * Descriptions and examples live only in the hand-written contract and are not compared.
 */
final class OperationSignatures {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private OperationSignatures() {}

  static Map<String, String> of(JsonNode spec) {
    Map<String, String> signatures = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> operation = operations.next();
        if (METHODS.contains(operation.getKey())) {
          signatures.put(
              operation.getKey().toUpperCase() + " " + path.getKey(),
              signature(spec, path.getValue().path("parameters"), operation.getValue()));
        }
      }
    }
    return signatures;
  }

  private static String signature(JsonNode spec, JsonNode pathParameters, JsonNode operation) {
    Set<String> parameters = new TreeSet<>();
    pathParameters.forEach(
        p ->
            parameters.add(
                resolve(spec, p).path("in").asText()
                    + ":"
                    + resolve(spec, p).path("name").asText()));
    operation
        .path("parameters")
        .forEach(
            p ->
                parameters.add(
                    resolve(spec, p).path("in").asText()
                        + ":"
                        + resolve(spec, p).path("name").asText()));
    StringBuilder signature = new StringBuilder("parameters=").append(parameters);
    JsonNode body = resolve(spec, operation.path("requestBody"));
    if (!body.isMissingNode()) {
      signature.append(" body=").append(fields(spec, firstSchema(body)));
    }
    Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
    Map<String, String> successes = new TreeMap<>();
    while (responses.hasNext()) {
      Map.Entry<String, JsonNode> response = responses.next();
      if (response.getKey().startsWith("2")) {
        successes.put(
            response.getKey(), fields(spec, firstSchema(resolve(spec, response.getValue()))));
      }
    }
    return signature.append(" responses=").append(successes).toString();
  }

  private static JsonNode firstSchema(JsonNode withContent) {
    Iterator<JsonNode> media = withContent.path("content").elements();
    return media.hasNext() ? media.next().path("schema") : withContent.path("content");
  }

  /** Field names of an object schema; for an array, those of its items, in brackets. */
  private static String fields(JsonNode spec, JsonNode schema) {
    JsonNode resolved = resolve(spec, schema);
    if (resolved.isMissingNode() || resolved.isEmpty()) {
      return "none";
    }
    if (resolved.has("items")) {
      return "[" + fields(spec, resolved.path("items")) + "]";
    }
    Set<String> names = propertyNames(spec, resolved);
    return names.isEmpty() ? resolved.path("type").asText("any") : names.toString();
  }

  /** An object's property names, with those of every schema it is composed of by {@code allOf}. */
  private static Set<String> propertyNames(JsonNode spec, JsonNode schema) {
    JsonNode resolved = resolve(spec, schema);
    Set<String> names = new TreeSet<>();
    resolved.path("properties").fieldNames().forEachRemaining(names::add);
    resolved.path("allOf").forEach(part -> names.addAll(propertyNames(spec, part)));
    return names;
  }

  private static JsonNode resolve(JsonNode spec, JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String pointer = current.path("$ref").asText().replaceFirst("^#", "");
      current = spec.at(pointer);
    }
    return current;
  }
}
