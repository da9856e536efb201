package dev.corroborate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layers inside core (docs/ARCHITECTURE.md, "Rules"): {@code model} at the bottom, {@code text}
 * on it, the stages on both and never on one another, {@code pipeline} on top, the only place that
 * wires stages together.
 */
class LayersTest {

    private static final List<String> ALL = List.of("model", "text", "extract", "reuse", "cluster", "quote", "compare",
            "pipeline");

    /** Core's classes, tests left out: imported once, read by every rule. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.corroborate");

    /** The packages of core other than {@code allowed}, as ArchUnit package patterns. */
    private static String[] packagesBut(List<String> allowed) {
        List<String> others = new ArrayList<>();
        for (String name : ALL) {
            if (!allowed.contains(name)) {
                others.add("dev.corroborate." + name + "..");
            }
        }
        return others.toArray(String[]::new);
    }

    @Test
    void everyLayerIsThere() {
        for (String name : ALL) {
            assertThat(CLASSES.containPackage("dev.corroborate." + name)).as(name).isTrue();
        }
    }

    @Test
    void theModelDependsOnNothingElseInCore() {
        noClasses().that().resideInAPackage("dev.corroborate.model..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesBut(List.of("model")))
                .check(CLASSES);
    }

    @Test
    void theTextLayerDependsOnTheModelAlone() {
        noClasses().that().resideInAPackage("dev.corroborate.text..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesBut(List.of("model", "text")))
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "reuse", "cluster", "quote", "compare"})
    void aStageDependsOnTheModelAndTheTextLayerNeverOnAnotherStage(String stage) {
        noClasses().that().resideInAPackage("dev.corroborate." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesBut(List.of("model", "text", stage)))
                .check(CLASSES);
    }
}
