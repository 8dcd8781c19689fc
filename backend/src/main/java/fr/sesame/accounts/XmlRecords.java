package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an export's records with the JDK's StAX parser: only the records asked for (by path from
 * the root, such as {@code BEE_ELEVES/DONNEES/ELEVES/ELEVE}) are kept, one at a time. No DTD, no
 * entity, nothing fetched: a document that declares any is refused.
 */
final class XmlRecords {

  private static final XMLInputFactory FACTORY = secureFactory();

  private XmlRecords() {}

  /** The root element's name and the encoding the document declares (UTF-8 if none). */
  record Prolog(String root, String encoding) {}

  static Prolog prolog(byte[] xml, String fileName) {
    XMLStreamReader reader = open(xml, fileName);
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        refuseDtd(event, fileName);
        if (event == XMLStreamConstants.START_ELEMENT) {
          return new Prolog(reader.getLocalName(), encoding(reader));
        }
      }
      throw unreadable(fileName, Message.of("import.xmlNoRoot"));
    } catch (XMLStreamException e) {
      throw unreadable(fileName, e.getMessage());
    } finally {
      close(reader);
    }
  }

  /** Calls {@code sink} with each element whose path is one of {@code paths}, in file order. */
  static void read(byte[] xml, String fileName, Set<String> paths, Consumer<XmlElement> sink) {
    XMLStreamReader reader = open(xml, fileName);
    Deque<String> path = new ArrayDeque<>();
    Deque<XmlElement> open = new ArrayDeque<>();
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        refuseDtd(event, fileName);
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            path.addLast(reader.getLocalName());
            if (!open.isEmpty() || paths.contains(String.join("/", path))) {
              XmlElement element = new XmlElement(reader.getLocalName());
              for (int i = 0; i < reader.getAttributeCount(); i++) {
                element.putAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
              }
              if (!open.isEmpty()) {
                open.peekLast().addChild(element);
              }
              open.addLast(element);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peekLast().appendText(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            path.removeLast();
            if (!open.isEmpty()) {
              XmlElement done = open.removeLast();
              if (open.isEmpty()) {
                sink.accept(done);
              }
            }
          }
          default -> {}
        }
      }
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw unreadable(fileName, e.getMessage());
    } finally {
      close(reader);
    }
  }

  private static XMLStreamReader open(byte[] xml, String fileName) {
    try {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    } catch (XMLStreamException e) {
      throw unreadable(fileName, e.getMessage());
    }
  }

  private static void refuseDtd(int event, String fileName) {
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw unreadable(fileName, Message.of("import.xmlDtd"));
    }
  }

  private static String encoding(XMLStreamReader reader) {
    String declared = reader.getCharacterEncodingScheme();
    return declared == null ? "utf-8" : declared.toLowerCase(java.util.Locale.ROOT);
  }

  private static void close(XMLStreamReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // Nothing held but memory.
    }
  }

  /** The parser's own words are English: shown as they are, after the localized sentence. */
  static ProblemException unreadable(String fileName, String why) {
    String reason = why == null ? "" : why.replaceAll("\\s+", " ").strip();
    return unreadable(fileName, Message.plain(reason));
  }

  static ProblemException unreadable(String fileName, Message why) {
    return new ProblemException(
        ProblemType.IMPORT_UNREADABLE, Message.of("import.xmlMalformed", fileName, why));
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
