package dev.corroborate.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md: core ← io ← app, and core knows no storage, HTTP, CLI or Spark. */
class ArchitectureTest {

    private static final String[] CORE = {
        "dev.corroborate.model..", "dev.corroborate.text..", "dev.corroborate.extract..", "dev.corroborate.reuse..",
        "dev.corroborate.cluster..", "dev.corroborate.quote..", "dev.corroborate.compare..", "dev.corroborate.pipeline.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.corroborate");
    }

    @Test
    void theClassesAreThere() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.corroborate.model")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.corroborate.io.store")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.corroborate.app.cli")).isTrue();
    }

    @Test
    void coreDependsOnNeitherIoNorAppNorInfrastructure() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.corroborate.io..", "dev.corroborate.app..", "dev.corroborate.spark..",
                        "dev.corroborate.bench..", "java.sql..", "org.sqlite..", "picocli..", "io.javalin..",
                        "org.apache.spark..", "org.apache.lucene.store..", "me.tongfei..", "java.net.http..")
                .check(classes);
    }

    @Test
    void ioDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("dev.corroborate.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.corroborate.app..", "picocli..", "io.javalin..")
                .check(classes);
    }

    @Test
    void theWebAppDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("dev.corroborate.app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.corroborate.app.cli..")
                .because("the web app and the CLI both show the read models of io.query; neither holds the other's logic")
                .check(classes);
    }

    @Test
    void theCommandLineNeverTouchesSql() {
        noClasses().that().resideInAPackage("dev.corroborate.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("commands print read models; the store alone speaks SQL")
                .check(classes);
    }
}
