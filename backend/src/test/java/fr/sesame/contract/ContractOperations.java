package fr.sesame.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations of {@code openapi.yaml}, with their parameters and body fields resolved. */
final class ContractOperations {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private final JsonNode spec = ContractFile.tree();

  record Parameter(String name, String in, JsonNode schema) {}

  record Operation(
      String method,
      String path,
      List<Parameter> parameters,
      String bodyType,
      JsonNode bodySchema,
      JsonNode bodyExample,
      boolean secured) {

    String label() {
      return method.toUpperCase() + " " + path;
    }
  }

  List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields();
      while (items.hasNext()) {
        Map.Entry<String, JsonNode> item = items.next();
        if (METHODS.contains(item.getKey())) {
          operations.add(operation(item.getKey(), path.getKey(), path.getValue(), item.getValue()));
        }
      }
    }
    return operations;
  }

  private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
      for (JsonNode p : list) {
        JsonNode resolved = resolve(p);
        parameters.add(
            new Parameter(
                resolved.path("name").asText(),
                resolved.path("in").asText(),
                resolve(resolved.path("schema"))));
      }
    }
    String bodyType = null;
    JsonNode bodySchema = null;
    JsonNode bodyExample = null;
    JsonNode content = resolve(op.path("requestBody")).path("content");
    Iterator<Map.Entry<String, JsonNode>> media = content.fields();
    if (media.hasNext()) {
      Map.Entry<String, JsonNode> first = media.next();
      bodyType = first.getKey();
      bodySchema = resolve(first.getValue().path("schema"));
      bodyExample = first.getValue().get("example");
    }
    boolean secured = false;
    for (JsonNode requirement : op.path("security")) {
      secured |=
          requirement.has("session") || requirement.has("apiKey") || requirement.has("activation");
    }
    return new Operation(method, path, parameters, bodyType, bodySchema, bodyExample, secured);
  }

  /** The problem types the contract lists, from the table in {@code Problem}'s description. */
  Set<String> problemTypes() {
    Set<String> types = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("`(/problems/[a-z-]+)`")
            .matcher(spec.at("/components/schemas/Problem/description").asText());
    while (m.find()) {
      types.add(m.group(1));
    }
    return types;
  }

  /** Property names and schemas of an object schema, with those of its {@code allOf} parts. */
  Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    resolved
        .path("properties")
        .fields()
        .forEachRemaining(e -> properties.put(e.getKey(), resolve(e.getValue())));
    resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
    return properties;
  }

  Set<String> required(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode resolved = resolve(schema);
    resolved.path("required").forEach(n -> names.add(n.asText()));
    resolved.path("allOf").forEach(part -> names.addAll(required(part)));
    return names;
  }

  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = spec.at(current.path("$ref").asText().replaceFirst("^#", ""));
    }
    if (current.has("oneOf") && current.path("oneOf").size() > 0 && !current.has("type")) {
      return resolve(current.path("oneOf").get(0));
    }
    return current;
  }

  /** The schema's type: {@code type: [string, 'null']} counts as {@code string}. */
  static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") || schema.has("allOf") ? "object" : "string";
  }
}
