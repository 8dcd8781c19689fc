package fr.sesame.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written contract, {@code openapi.yaml} at the top of the repository. */
final class ContractFile {

  private ContractFile() {}

  static Path path() {
    String configured = System.getProperty("sesame.contract");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "openapi.yaml");
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("openapi.yaml not found at " + path.toAbsolutePath());
    }
    return path;
  }

  static String text() {
    try {
      return Files.readString(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree() {
    try {
      return Yaml.mapper().readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
