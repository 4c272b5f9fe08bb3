package io.finnexus.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The API's package rules, as sentences. */
class ApiArchitectureTest {

  private static final JavaClasses API =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.finnexus.api");

  @Test
  void the_alert_feature_does_not_depend_on_intake_search_or_cases() {
    noClasses()
        .that()
        .resideInAPackage("..api.alert..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..api.intake..", "..api.search..", "..api.casework..", "..api.jobs..")
        .check(API);
  }

  @Test
  void the_audit_log_and_problem_types_depend_on_no_feature() {
    noClasses()
        .that()
        .resideInAnyPackage("..api.audit..", "..api.problem..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..api.alert..",
            "..api.casework..",
            "..api.search..",
            "..api.intake..",
            "..api.security..",
            "..api.jobs..")
        .check(API);
  }

  @Test
  void the_resilience_guards_depend_on_no_feature() {
    noClasses()
        .that()
        .resideInAPackage("..api.resilience..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..api.alert..",
            "..api.casework..",
            "..api.search..",
            "..api.intake..",
            "..api.models..",
            "..api.security..",
            "..api.jobs..")
        .check(API);
  }

  @Test
  void the_api_never_touches_the_streaming_engines() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.flink..", "org.apache.kafka.streams..")
        .check(API);
  }

  @Test
  void tracing_depends_on_no_feature() {
    noClasses()
        .that()
        .resideInAPackage("..api.trace..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..api.alert..",
            "..api.intake..",
            "..api.casework..",
            "..api.search..",
            "..api.security..",
            "..api.jobs..")
        .check(API);
  }
}
