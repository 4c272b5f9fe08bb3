package io.finnexus.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring core is engine-free: the same code runs in both engines, the CLI and the API. */
@AnalyzeClasses(packages = "io.finnexus", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringArchitectureTest {

  @ArchTest
  static final ArchRule ml_models_does_not_depend_on_flink =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.flink..");

  @ArchTest
  static final ArchRule ml_models_does_not_depend_on_kafka_streams =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.kafka.streams..");

  @ArchTest
  static final ArchRule ml_models_does_not_depend_on_spring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule scoring_does_not_depend_on_the_models_implementations =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.finnexus.models..");
}
