package io.finnexus.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.finnexus.batch",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule statements_do_not_depend_on_reconciliation =
      noClasses()
          .that()
          .resideInAPackage("..batch.statement..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..batch.reconciliation..");

  @ArchTest
  static final ArchRule reconciliation_is_plain_java_without_spring_or_xml_libraries =
      noClasses()
          .that()
          .resideInAPackage("..batch.reconciliation..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.prowidesoftware..",
              "..batch.statement.camt..",
              "..batch.statement.csv..");

  @ArchTest
  static final ArchRule batch_jobs_does_not_depend_on_api_or_app =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.finnexus.api..", "io.finnexus.app..");

  @ArchTest
  static final ArchRule backup_archives_are_engine_free_so_the_restore_command_needs_no_spring =
      noClasses()
          .that()
          .resideInAPackage("..batch.backup..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "..batch.jobs..");

  @ArchTest
  static final ArchRule the_archive_port_is_plain_java_so_any_host_can_implement_it =
      noClasses()
          .that()
          .resideInAPackage("..batch.archive..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "..batch.jobs..");

  @ArchTest
  static final ArchRule schedules_find_jobs_by_name_not_by_importing_them =
      noClasses()
          .that()
          .resideInAPackage("..batch.jobs.schedule..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..batch.jobs.reconciliation..",
              "..batch.jobs.backup..",
              "..batch.jobs.verify..",
              "..batch.jobs.purge..");
}
