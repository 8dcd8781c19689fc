package fr.sesame.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The module map holds: each feature package is a module that uses others only through their public
 * types and only those its {@code package-info.java} allows, and no two modules depend on each
 * other in a cycle. Fails the build otherwise.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(SesameApplication.class);
  static final Path WRITTEN = Path.of("target", "spring-modulith-docs");
  // Beside the README, so the map a newcomer reads is the one the build checked.
  static final Path DOCS = Path.of("..", "docs", "modules");

  @Test
  void modulesDependOnEachOtherOnlyAsTheMapAllowsAndWithoutCycles() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleMapIntoDocs() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
        .writeModulesAsPlantUml(
            DiagramOptions.defaults()
                .withStyle(DiagramStyle.UML)
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
        .writeIndividualModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
    Files.createDirectories(DOCS);
    try (Stream<Path> diagrams = Files.list(WRITTEN)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
        Files.writeString(
            DOCS.resolve(diagram.getFileName()), stable(Files.readString(diagram)) + "\n");
      }
    }

    String map = Files.readString(DOCS.resolve("components.puml"));
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .hasSizeGreaterThan(10)
        .allSatisfy(module -> assertThat(map).containsIgnoringCase(module));
  }

  /**
   * The diagram with its components and its arrows each in name order: they come out in a different
   * order from run to run, which would change the committed files at every build.
   */
  static String stable(String plantUml) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String runKind = null;
    for (String line : plantUml.split("\n", -1)) {
      String kind =
          line.contains(" --> ") ? "arrow" : line.trim().startsWith("component ") ? "box" : null;
      if (kind == null || !kind.equals(runKind)) {
        run.sort(null);
        out.addAll(run);
        run.clear();
      }
      runKind = kind;
      if (kind == null) {
        out.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(null);
    out.addAll(run);
    return String.join("\n", out).stripTrailing();
  }
}
