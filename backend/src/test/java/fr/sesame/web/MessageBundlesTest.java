package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message code the code base can answer with has its words in both languages: the title of
 * every {@link ProblemType}, every code written as {@code Message.of("…")} in the sources, and the
 * codes {@link Constraints} maps Bean Validation to. A missing key fails here, not in front of a
 * caller.
 */
class MessageBundlesTest {

  static final Path SOURCES = Path.of("src/main/java");
  // The first argument of Message.of, when it is a literal, possibly on the next line.
  static final Pattern CODE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
  static final Pattern ANY_CALL = Pattern.compile("Message\\.of\\(\\s*(.)");

  final Properties english = bundle("messages/problems.properties");
  final Properties french = bundle("messages/problems_fr.properties");

  @Test
  void everyCodeUsedHasEnglishAndFrenchWords() throws IOException {
    Set<String> used = usedCodes();
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(english.stringPropertyNames()).as("English").containsAll(used);
    assertThat(french.stringPropertyNames()).as("French").containsAll(used);
  }

  @Test
  void bothLanguagesHaveTheSameCodesAndNoneIsUnused() throws IOException {
    assertThat(french.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(usedCodes());
  }

  /** A code held in a variable would escape the scan: every call names its code literally. */
  @Test
  void everyMessageOfCallNamesItsCode() throws IOException {
    for (String source : sources()) {
      Matcher call = ANY_CALL.matcher(source);
      while (call.find()) {
        assertThat(call.group(1)).as("Message.of(…) with a literal code").isEqualTo("\"");
      }
    }
  }

  @Test
  void frenchTypographyAndNoSwallowedQuote() {
    for (String code : french.stringPropertyNames()) {
      String text = french.getProperty(code);
      assertThat(text).as(code).doesNotContainPattern("[^\\u00A0\\u202F][:;!?](\\s|$)");
      assertThat(text).as(code).doesNotContain("« ", " »");
      // MessageFormat would swallow a lone straight quote: French uses ’.
      assertThat(text).as(code).doesNotContain("'");
      assertThat(english.getProperty(code)).as(code).doesNotContain("'");
    }
  }

  @Test
  void messagesAreFormattedInTheAskedLanguage() {
    Messages messages = new Messages();
    assertThat(messages.text(Message.of("import.hasErrors", 2), Languages.FRENCH))
        .isEqualTo("2 lignes contiennent des erreurs\u00a0; rien n’a été importé.");
    assertThat(messages.text(Message.of("import.hasErrors", 1), Languages.ENGLISH))
        .isEqualTo("1 line has errors; nothing was imported.");
    assertThat(
            messages.text(
                Message.of(
                    "validation.fields",
                    List.of(new ProblemException.FieldError("email", Message.of("email.invalid")))),
                Languages.FRENCH))
        .isEqualTo(
            "Champs invalides\u00a0: email\u00a0: Adresse e-mail non valide (exemple\u00a0:"
                + " nom@exemple.fr)");
    assertThat(messages.text(Message.plain("as written"), Languages.FRENCH))
        .isEqualTo("as written");
  }

  @Test
  void languageFromAcceptLanguageFrenchByDefault() {
    assertThat(Languages.of((String) null)).isEqualTo(Locale.FRENCH);
    assertThat(Languages.of("")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.of("de-DE")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.of("not a;;header=")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.of("en")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.of("en-GB,en;q=0.9,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.of("de, en;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.of("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
  }

  static Set<String> usedCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    Arrays.stream(ProblemType.values()).map(ProblemType::titleCode).forEach(codes::add);
    for (String source : sources()) {
      Matcher code = CODE.matcher(source);
      while (code.find()) {
        codes.add(code.group(1));
      }
    }
    // Default codes of field and tag errors that carry a plain text.
    codes.addAll(List.of("field.invalid", "tag.invalid"));
    return codes;
  }

  static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .map(
              file -> {
                try {
                  return Files.readString(file);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .toList();
    }
  }

  static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
