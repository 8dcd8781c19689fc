package fr.sesame.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Values at the edges of what a parameter or a body field takes, and plain ones to start from. */
final class EdgeValues {

  private EdgeValues() {}

  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Stands for a lone surrogate, which no JSON library writes: replaced in the request text. */
  static final String LONE_SURROGATE = "\uE000lone-surrogate\uE000";

  /** An edge value and whether a signed-in caller must be refused for it. */
  record Edge(String label, JsonNode value, boolean mustBeRefused) {}

  /** For a parameter, as it goes in the address, percent-encoded. */
  record RawEdge(String label, String encoded, boolean mustBeRefused) {}

  static List<Edge> forSchema(JsonNode schema) {
    List<Edge> edges = new ArrayList<>();
    String type = ContractOperations.typeOf(schema);
    for (String[] text : controlCharacters()) {
      edges.add(new Edge(text[0], NODES.textNode(text[1]), "string".equals(type)));
    }
    edges.add(new Edge("10,000 characters", NODES.textNode("x".repeat(10_000)), false));
    edges.add(new Edge("emoji", NODES.textNode("😀🎓 école"), false));
    edges.add(new Edge("empty", NODES.textNode(""), false));
    edges.add(new Edge("negative", NODES.numberNode(-1), false));
    edges.add(new Edge("huge", NODES.numberNode(new BigInteger("99999999999999999999999")), false));
    edges.add(new Edge("1e308", NODES.numberNode(1e308), false));
    edges.add(new Edge("an object", NODES.objectNode().put("a", 1), false));
    edges.add(new Edge("an array", NODES.arrayNode().add("\u0000"), false));
    edges.add(new Edge("null", NODES.nullNode(), false));
    if (schema.has("enum")) {
      edges.add(new Edge("unknown enum value", NODES.textNode("BOGUS"), true));
    }
    return edges;
  }

  static List<RawEdge> forParameter(JsonNode schema) {
    List<RawEdge> edges = new ArrayList<>();
    edges.add(new RawEdge("NUL", "a%00b", true));
    edges.add(new RawEdge("SOH", "a%01b", true));
    edges.add(new RawEdge("ESC", "%1B%5B2J", true));
    edges.add(new RawEdge("10,000 characters", "x".repeat(10_000), false));
    edges.add(new RawEdge("emoji", "%F0%9F%98%80%F0%9F%8E%93", false));
    edges.add(new RawEdge("lone surrogate as UTF-8", "%ED%A0%80", false));
    edges.add(new RawEdge("negative", "-1", false));
    edges.add(new RawEdge("huge", "99999999999999999999999", false));
    edges.add(new RawEdge("empty", "", false));
    edges.add(new RawEdge("unknown enum value", "BOGUS", schema.has("enum")));
    edges.add(new RawEdge("random id", UUID.randomUUID().toString(), false));
    return edges;
  }

  private static List<String[]> controlCharacters() {
    return List.of(
        new String[] {"NUL", "a\u0000b"},
        new String[] {"SOH", "a\u0001b"},
        new String[] {"ESC", "\u001b[2J"},
        new String[] {"lone surrogate", LONE_SURROGATE});
  }

  /** A plain valid-looking value: the example, the first enum value, the default, or by type. */
  static JsonNode sample(ContractOperations contract, JsonNode schema) {
    JsonNode resolved = contract.resolve(schema);
    if (resolved.has("example")) {
      return resolved.get("example");
    }
    if (resolved.has("enum")) {
      return resolved.path("enum").get(0);
    }
    if (resolved.has("default") && !resolved.get("default").isNull()) {
      return resolved.get("default");
    }
    return switch (ContractOperations.typeOf(resolved)) {
      case "integer", "number" -> NODES.numberNode(resolved.path("minimum").asInt(1));
      case "boolean" -> NODES.booleanNode(false);
      case "array" -> NODES.arrayNode();
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        var properties = contract.properties(resolved);
        for (String name : contract.required(resolved)) {
          if (properties.containsKey(name)) {
            object.set(name, sample(contract, properties.get(name)));
          }
        }
        yield object;
      }
      default ->
          switch (resolved.path("format").asText()) {
            case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
            case "email" -> NODES.textNode("edge@example.fr");
            case "uri" -> NODES.textNode("https://example.fr/");
            case "date-time" -> NODES.textNode("2026-09-03T08:15:42Z");
            default -> NODES.textNode("x");
          };
    };
  }

  /**
   * The request text, with the lone-surrogate stand-in written as the JSON escape it stands for.
   */
  static String text(JsonNode body) {
    try {
      return JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
