package io.finnexus.embedded;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The embedded module sits below every FinNexus module and knows none of them. */
@AnalyzeClasses(
    packages = "io.finnexus.embedded",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EmbeddedArchitectureTest {

  @ArchTest
  static final ArchRule embedded_depends_on_no_finnexus_module =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.embedded..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.finnexus..")
                  .and(resideOutsideOfPackage("io.finnexus.embedded.."))
                  .as("other FinNexus modules"));

  @ArchTest
  static final ArchRule embedded_does_not_depend_on_spring =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.embedded..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule only_the_junit_extension_uses_junit =
      noClasses()
          .that()
          .resideInAPackage("io.finnexus.embedded..")
          .and()
          .doNotHaveSimpleName("EmbeddedServers")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.junit..");
}
