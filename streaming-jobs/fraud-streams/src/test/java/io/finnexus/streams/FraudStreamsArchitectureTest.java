package io.finnexus.streams;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The streams app adapts the scoring core and never shares a classpath with Flink; inside it, the
 * validation branch and the ops endpoint stay independent of scoring.
 */
@AnalyzeClasses(
    packages = "io.finnexus.streams",
    importOptions = ImportOption.DoNotIncludeTests.class)
class FraudStreamsArchitectureTest {

  @ArchTest
  static final ArchRule fraud_streams_does_not_depend_on_flink =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.flink..");

  @ArchTest
  static final ArchRule fraud_streams_does_not_depend_on_the_app_the_api_or_batch_jobs =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.app..",
              "io.finnexus.api..",
              "io.finnexus.batch..",
              "io.finnexus.embedded..");

  @ArchTest
  static final ArchRule validation_does_not_depend_on_the_scoring_core =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams.validate..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.scoring..", "io.finnexus.models..", "io.finnexus.streams.score..");

  @ArchTest
  static final ArchRule ops_does_not_depend_on_the_topology_or_the_core =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams.ops..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.scoring..", "io.finnexus.models..", "org.apache.kafka.streams..");

  @ArchTest
  static final ArchRule only_the_seal_step_knows_the_key_store =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams..")
          .and()
          .resideOutsideOfPackages("io.finnexus.streams.seal..", "io.finnexus.streams")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.finnexus.retention..");

  @ArchTest
  static final ArchRule sealing_does_not_depend_on_the_scoring_or_the_stores =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams.seal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.scoring..",
              "io.finnexus.models..",
              "io.finnexus.streams.score..",
              "org.apache.kafka.streams.state..");

  @ArchTest
  static final ArchRule tracing_does_not_depend_on_the_scoring =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.streams.trace..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.scoring..", "io.finnexus.models..", "io.finnexus.streams.score..");
}
