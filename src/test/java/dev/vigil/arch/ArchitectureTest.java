package dev.vigil.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code that the build keeps: Kafka only at the stages' edges, plain cores with no
 * Kafka or Micronaut in them, and no cycles between the top-level packages.
 */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void load() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil");
  }

  @Test
  void kafkaIsTouchedOnlyAtTheEdges() {
    // The edges: the stages and their loops, Kafka* adapters, the alert stage's readers of its own
    // topics (dead letters, the delivery log behind `alerts recent`), the CLI and the daemon.
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.vigil.kafka..", "dev.vigil.cli..")
        .and()
        .haveNameNotMatching("dev\\.vigil\\.Daemon(\\$.*)?")
        .and()
        .haveNameNotMatching(".*\\.[A-Za-z]*(Stage|Loop)(\\$.*)?")
        .and()
        .haveNameNotMatching(".*\\.Kafka[A-Za-z]*(\\$.*)?")
        .and()
        .haveNameNotMatching(".*\\.(DeadLetters|TopicScan|AlertLog)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.kafka..")
        .because("Kafka stays at the stages' edges; the logic is plain and tested without a broker")
        .check(main);
  }

  @Test
  void storyGroupingAndTheArticleModelArePlain() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.vigil.story..", "dev.vigil.article..", "dev.vigil.digest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.kafka..",
            "io.micronaut.context..",
            "io.micronaut.http..",
            "dev.vigil.kafka..")
        .check(main);
  }

  @Test
  void theStagePackagesDoNotDependOnEachOtherInACycle() {
    slices().matching("dev.vigil.(*)..").should().beFreeOfCycles().check(main);
  }
}
