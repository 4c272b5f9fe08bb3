package io.finnexus.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.finnexus.models",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModelsArchitectureTest {

  @ArchTest
  static final ArchRule models_do_not_depend_on_engines_or_spring =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.flink..", "org.apache.kafka.streams..", "org.springframework..");

  @ArchTest
  static final ArchRule only_the_anomaly_package_uses_dl4j =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.finnexus.models.anomaly..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..");

  @ArchTest
  static final ArchRule only_the_registry_talks_to_mongodb =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.finnexus.models.registry..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.mongodb..");

  @ArchTest
  static final ArchRule the_tree_evaluator_needs_no_model_library =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.models.trees..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.tribuo..", "ml.dmlc..");
}
