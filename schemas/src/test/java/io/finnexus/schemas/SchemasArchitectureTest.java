package io.finnexus.schemas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * {@code schemas} is the bottom of the dependency graph and is shared by both engines: it may
 * depend on no other FinNexus module and on no engine or framework.
 */
@AnalyzeClasses(
    packages = "io.finnexus.schemas",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SchemasArchitectureTest {

  @ArchTest
  static final ArchRule schemas_depends_on_no_other_finnexus_module =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.finnexus..")
                  .and(not(resideInAPackage("io.finnexus.schemas.."))));

  @ArchTest
  static final ArchRule schemas_does_not_depend_on_flink =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.flink..");

  @ArchTest
  static final ArchRule schemas_does_not_depend_on_kafka_streams =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.kafka.streams..");

  @ArchTest
  static final ArchRule schemas_does_not_depend_on_spring =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule validation_does_not_depend_on_kafka_or_flyway =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas.validation..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.kafka..", "org.flywaydb..");

  @ArchTest
  static final ArchRule codec_does_not_depend_on_flyway_or_validation =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.schemas.codec..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.flywaydb..", "io.finnexus.schemas.validation..");

  @ArchTest
  static final ArchRule topic_names_and_settings_import_nothing_but_the_jdk =
      classes()
          .that()
          .resideInAPackage("io.finnexus.schemas.topic")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.finnexus.schemas.topic");
}
