package io.finnexus.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.finnexus.flink",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule aml_flink_does_not_depend_on_kafka_streams_or_the_app =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.kafka.streams..", "io.finnexus.app..", "io.finnexus.streams..");

  @ArchTest
  static final ArchRule operators_do_not_know_the_kafka_connector =
      noClasses()
          .that()
          .resideInAnyPackage("..flink.aml..", "..flink.ingest..", "..flink.sanctions..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.flink.connector.kafka..", "org.apache.kafka..");

  @ArchTest
  static final ArchRule only_the_seal_step_knows_the_key_store =
      noClasses()
          .that()
          .resideOutsideOfPackages("..flink.seal..", "io.finnexus.flink")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.finnexus.retention..");

  @ArchTest
  static final ArchRule sealing_knows_neither_the_detectors_nor_the_kafka_connector =
      noClasses()
          .that()
          .resideInAPackage("..flink.seal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.finnexus.scoring..",
              "..flink.aml..",
              "org.apache.flink.connector.kafka..",
              "org.apache.kafka..");

  @ArchTest
  static final ArchRule alert_tracing_knows_neither_flink_nor_kafka =
      noClasses()
          .that()
          .resideInAPackage("..flink.trace..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.flink..", "org.apache.kafka..");

  @ArchTest
  static final ArchRule the_job_does_not_reimplement_detectors_it_only_calls_the_monitor =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.finnexus.scoring.aml.StructuringDetector")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.finnexus.scoring.aml.FanInDetector");
}
