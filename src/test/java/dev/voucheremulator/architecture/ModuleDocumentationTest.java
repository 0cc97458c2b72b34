package dev.voucheremulator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * Generates the module documentation from the code (Spring Modulith's {@link Documenter}) and keeps
 * the copy in {@code docs/architecture} honest: the build fails when a module or a dependency
 * between modules changes and the committed diagram was not regenerated. To regenerate it:
 * {@code ./mvnw test -Dtest=ModuleDocumentationTest -Ddocs.write=true}.
 */
class ModuleDocumentationTest {

    static final Path DOCS = Path.of("docs", "architecture");
    static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    @Test
    void committedModuleDiagramMatchesTheCode() throws IOException {
        // `api` (HTTP conventions) and `spec` (schema-shaped values) are leaves nearly every feature uses:
        // drawn, they would only add an arrow from each box.
        DiagramOptions options = DiagramOptions.defaults()
                .withStyle(DiagramStyle.UML)
                .withExclusions(module -> Set.of("api", "spec").contains(module.getIdentifier().toString()));
        new Documenter(ModuleStructureTest.MODULES)
                .writeModulesAsPlantUml(options)
                .writeIndividualModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeModuleCanvases();

        String generated = smetana(Files.readString(GENERATED.resolve("components.puml")));
        assertThat(generated).contains("==Campaigns", "==Analytics", "==Loyalty");
        Path committed = DOCS.resolve("modules.puml");
        if (Boolean.getBoolean("docs.write")) {
            Files.createDirectories(DOCS);
            Files.writeString(committed, generated);
            Files.writeString(DOCS.resolve("modules.svg"), svg(generated));
        }
        assertThat(committed).as("docs/architecture/modules.puml is stale: regenerate it with "
                        + "./mvnw test -Dtest=ModuleDocumentationTest -Ddocs.write=true")
                .exists();
        // Documenter writes the same lines in an order of its own: compare them as sorted lines.
        assertThat(sortedLines(Files.readString(committed))).isEqualTo(sortedLines(generated));
        assertThat(svg(generated)).startsWith("<svg").contains("Campaigns");
    }

    private static List<String> sortedLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }

    /** Smetana is PlantUML's built-in layout engine: no Graphviz needed here or in CI. */
    private static String smetana(String plantUml) {
        return plantUml.replaceFirst("@startuml\\R", "@startuml\n!pragma layout smetana\n");
    }

    private static String svg(String plantUml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SourceStringReader(plantUml).outputImage(out, new FileFormatOption(FileFormat.SVG));
        return out.toString(StandardCharsets.UTF_8);
    }
}
