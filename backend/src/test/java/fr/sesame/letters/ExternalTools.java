package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs the world reads letters with: Poppler to raster and extract text, ImageMagick to
 * degrade a copy, zbar to decode. Absent, a test is skipped with a message, except in CI (env
 * {@code CI} set) where it fails.
 */
final class ExternalTools {

  private ExternalTools() {}

  static void require(String program, String debianPackage) {
    boolean found =
        List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    if (found && (!program.equals("convert") || isImageMagick())) {
      return;
    }
    String message =
        program
            + " is needed to read letters as the world does (apt-get install "
            + debianPackage
            + "; .ci/run does)";
    if (System.getenv("CI") != null) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  /** A {@code convert} may be another program's (GraphicsMagick) or a stand-in. */
  private static boolean isImageMagick() {
    try {
      return output("convert", "-version").contains("ImageMagick");
    } catch (IOException | InterruptedException | AssertionError e) {
      return false;
    }
  }

  /** Runs a program, fails on a non-zero exit, and answers its standard output. */
  static String run(String... command) throws IOException, InterruptedException {
    return run(true, command);
  }

  /** As {@link #run}, but answers the output whatever the exit status (zbarimg: 4 = no code). */
  static String output(String... command) throws IOException, InterruptedException {
    return run(false, command);
  }

  private static String run(boolean check, String... command)
      throws IOException, InterruptedException {
    Path errors = Files.createTempFile("tool", ".err");
    try {
      Process process =
          new ProcessBuilder(new ArrayList<>(List.of(command)))
              .redirectError(errors.toFile())
              .start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
      if (check) {
        assertThat(process.exitValue())
            .as(String.join(" ", command) + ": " + Files.readString(errors))
            .isZero();
      }
      return out;
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
