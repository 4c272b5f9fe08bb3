package io.finnexus.retention;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.finnexus.retention",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule crypto_depends_on_no_other_retention_package =
      noClasses()
          .that()
          .resideInAPackage("..retention.crypto..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..retention.policy..",
              "..retention.hold..",
              "..retention.purge..",
              "..retention.erasure..",
              "..retention.audit..",
              "..retention.seal..");

  @ArchTest
  static final ArchRule seal_depends_on_crypto_only_among_retention_packages =
      noClasses()
          .that()
          .resideInAPackage("..retention.seal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..retention.policy..",
              "..retention.hold..",
              "..retention.purge..",
              "..retention.erasure..",
              "..retention.audit..");

  @ArchTest
  static final ArchRule purge_does_not_depend_on_erasure_or_crypto =
      noClasses()
          .that()
          .resideInAPackage("..retention.purge..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..retention.erasure..", "..retention.crypto..");

  @ArchTest
  static final ArchRule erasure_does_not_depend_on_purge =
      noClasses()
          .that()
          .resideInAPackage("..retention.erasure..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..retention.purge..");

  @ArchTest
  static final ArchRule retention_depends_on_no_spring_kafka_or_flink =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.retention..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.apache.flink..");

  @ArchTest
  static final ArchRule policy_is_pure_and_imports_no_jdbc =
      noClasses()
          .that()
          .resideInAPackage("..retention.policy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..");
}
