package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of an export (an {@code ELEVE}, a {@code PERSONNE}...), small enough to keep whole.
 */
final class XmlElement {

  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /** The attribute, stripped, or null when absent or blank. */
  String attribute(String attribute) {
    return Text.blankToNull(attributes.get(attribute));
  }

  /** The text of the first child so named, stripped, or null when absent or blank. */
  String text(String child) {
    for (XmlElement element : children) {
      if (element.name.equals(child)) {
        return Text.blankToNull(element.text.toString());
      }
    }
    return null;
  }

  List<XmlElement> children(String child) {
    return children.stream().filter(c -> c.name.equals(child)).toList();
  }

  void putAttribute(String attribute, String value) {
    attributes.put(attribute, value);
  }

  void addChild(XmlElement child) {
    children.add(child);
  }

  void appendText(String more) {
    if (text.length() + more.length() > 10_000) {
      throw new IllegalArgumentException("an element of " + name + " holds too much text");
    }
    text.append(more);
  }
}
