package io.tributary.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of STYLE.md, checked over the main classes of every module (this module's test class path holds
 * them all): a dependency-free api, connectors that see only the api, a runtime that knows no connector, the
 * throwaway-server testkit used only by the benchmarks, and console output only where a user reads it.
 */
@AnalyzeClasses(packages = "io.tributary", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static void everyModuleIsImported(JavaClasses imported) {
    List<String> packages = imported.stream().map(JavaClass::getPackageName).distinct().toList();
    for (String module : List.of("api", "runtime", "connector.mysql", "connector.postgres", "connector.jdbc", "connector.duckdb",
        "connector.kafka", "testkit", "cli", "bench", "formats", "transform")) {
      assertThat(packages).as("main classes of io.tributary.%s on the class path", module)
          .contains("io.tributary." + module);
    }
  }

  @ArchTest
  static final ArchRule apiDependsOnlyOnTheJdkAndSlf4j =
      classes().that().resideInAPackage("io.tributary.api..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("io.tributary.api..", "java..", "org.slf4j..")
          .because("every connector compiles against the api, so it stays tiny and dependency-free");

  @ArchTest
  static final ArchRule formatsDependOnlyOnTheApiAndJackson =
      classes().that().resideInAPackage("io.tributary.formats..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("io.tributary.formats..", "io.tributary.api..", "java..",
              "com.fasterxml.jackson..")
          .because("the wire formats are shared by the Kafka sink and source and by the capture/apply commands");

  @ArchTest
  static final ArchRule transformsDependOnlyOnTheApiAndTheirParser =
      classes().that().resideInAPackage("io.tributary.transform..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("io.tributary.transform..", "io.tributary.api..", "java..",
              "net.sf.jsqlparser..", "com.fasterxml.jackson..")
          .because("the expression engine is compiled per table shape by the runtime and the CLI's validate, nothing else");

  @ArchTest
  static final ArchRule connectorsDoNotReachIntoTheRuntimeOrTheCli =
      noClasses().that().resideInAPackage("io.tributary.connector..")
          .should().dependOnClassesThat().resideInAnyPackage("io.tributary.runtime..", "io.tributary.cli..")
          .because("a connector sees only the api; the runtime finds it through its factory");

  @ArchTest
  static final ArchRule connectorsDoNotDependOnEachOther =
      slices().matching("io.tributary.connector.(*)..").should().notDependOnEachOther()
          .because("each connector is its own module, free to change without breaking another");

  @ArchTest
  static final ArchRule runtimeKnowsNoConnectorAndNoCli =
      noClasses().that().resideInAPackage("io.tributary.runtime..")
          .should().dependOnClassesThat().resideInAnyPackage("io.tributary.connector..", "io.tributary.cli..")
          .because("the runtime drives sources and sinks through the api only");

  @ArchTest
  static final ArchRule onlyTheBenchmarksUseTheTestkit =
      noClasses().that().resideOutsideOfPackages("io.tributary.testkit..", "io.tributary.bench..")
          .should().dependOnClassesThat().resideInAPackage("io.tributary.testkit..")
          .because("the testkit starts throwaway database servers from installed binaries, which only the benchmarks "
              + "want; the demo brings its own embedded PostgreSQL");

  @ArchTest
  static final ArchRule onlyTheCliAndTheBenchmarksWriteToTheConsole =
      noClasses().that().resideOutsideOfPackages("io.tributary.cli..", "io.tributary.bench..")
          .should(ACCESS_STANDARD_STREAMS)
          .because("everything else reports through slf4j; stdout and stderr are the user's (STYLE.md guideline 9)");
}
