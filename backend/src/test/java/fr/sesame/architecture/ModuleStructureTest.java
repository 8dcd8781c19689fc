package fr.sesame.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  // Beside the README, so the map a newcomer reads is the one the build checked.
  static final Path DOCS = Path.of("..", "docs", "modules");

  @Test
  void modulesDependOnEachOtherOnlyAsTheMapAllowsAndWithoutCycles() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleMapIntoDocs() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml(
            DiagramOptions.defaults()
                .withStyle(DiagramStyle.UML)
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
        .writeIndividualModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));

    String map = Files.readString(DOCS.resolve("components.puml"));
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .hasSizeGreaterThan(10)
        .allSatisfy(module -> assertThat(map).containsIgnoringCase(module));
  }
}
