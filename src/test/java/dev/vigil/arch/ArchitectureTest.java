package dev.vigil.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import dev.vigil.kafka.Stage;
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

  /** Classes other than the stages, their loops, the CLI, kafka/ and the alert topics' readers. */
  private static GivenClassesConjunction outsideTheStages() {
    return noClasses()
        .that()
        .resideOutsideOfPackages("dev.vigil.kafka..", "dev.vigil.cli..")
        .and()
        .haveNameNotMatching(".*\\.[A-Za-z]*(Stage|Loop)(\\$.*)?")
        .and()
        .haveNameNotMatching(".*\\.(DeadLetters|TopicScan|AlertLog)(\\$.*)?");
  }

  @Test
  void kafkaIsTouchedOnlyAtTheEdges() {
    // The edges: the stages and their loops, Kafka* adapters, the alert stage's readers of its own
    // topics (dead letters, the delivery log behind `alerts recent`) and the CLI. Not the daemon:
    // it only composes the stages.
    outsideTheStages()
        .and()
        .haveNameNotMatching(".*\\.Kafka[A-Za-z]*(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.kafka..")
        .because("Kafka stays at the stages' edges; the logic is plain and tested without a broker")
        .check(main);
  }

  @Test
  void onlyTheStagesAndKafkaOpenConsumers() {
    outsideTheStages()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.kafka.clients.consumer..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.vigil.kafka.ConsumerLoop")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.vigil.kafka.FeedAssignment")
        .because("a stage is the only code that reads its topics")
        .check(main);
  }

  @Test
  void stagePackagesDoNotReachIntoEachOther() {
    String[] stages = {
      "dev.vigil.feed..", "dev.vigil.fulltext..", "dev.vigil.match..", "dev.vigil.alert.."
    };
    for (String stage : stages) {
      for (String other : stages) {
        if (!other.equals(stage)) {
          noClasses()
              .that()
              .resideInAPackage(stage)
              .should()
              .dependOnClassesThat()
              .resideInAPackage(other)
              .because("stages meet only on the wire, through the records in dev.vigil.article")
              .check(main);
        }
      }
    }
  }

  @Test
  void everyStageKeepsTheOneContract() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Stage")
        .and()
        .areTopLevelClasses()
        .and()
        .areNotInterfaces()
        .should()
        .implement(Stage.class)
        .check(main);
  }

  @Test
  void luceneMonitorsInternalsAreFencedInTheEngines() {
    // Outside match/engine, only the Monitor's query and hit records: the rest of the matcher
    // does not depend on how an engine runs the queries.
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.vigil.match.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene.codecs..")
        .orShould()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "Lucene Monitor classes other than MonitorQuery and HighlightsMatch",
                (JavaClass c) ->
                    c.getPackageName().equals("org.apache.lucene.monitor")
                        && !c.getName().startsWith("org.apache.lucene.monitor.MonitorQuery")
                        && !c.getName().startsWith("org.apache.lucene.monitor.HighlightsMatch")))
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
