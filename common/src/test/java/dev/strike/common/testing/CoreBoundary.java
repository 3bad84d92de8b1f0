package dev.strike.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * ARCHITECTURE §1: {@code core} packages hold pure decisions. They may not touch Kafka, Reactor, Netty,
 * {@code java.net}, the environment or the wall clock, nor depend on the shell packages. Each service module runs
 * {@link #check(String)} on its own base package.
 */
public final class CoreBoundary {
  private CoreBoundary() {}

  /** The rule: what {@code ..core..} classes must not use. */
  public static final ArchRule RULE = CompositeArchRule.of(
      noClasses().that().resideInAPackage("..core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.kafka..", "reactor..", "io.netty..", "java.net..", "..shell..", "kafka..",
              "io.micrometer..", "org.slf4j..")
          .because("core is pure decision code: no IO, no Kafka, no Reactor (ARCHITECTURE §1)"))
      .and(noClasses().that().resideInAPackage("..core..")
          .should().callMethod(System.class, "currentTimeMillis")
          .orShould().callMethod(System.class, "nanoTime")
          .orShould().callMethod(System.class, "getenv", String.class)
          .orShould().callMethod(System.class, "getenv")
          .orShould().callMethod(java.time.Instant.class, "now")
          .orShould().callMethod(java.util.UUID.class, "randomUUID")
          .orShould().callMethod(Math.class, "random")
          .orShould().callConstructor(java.util.Random.class)
          .because("core reads time only from events or an injected Clock, and never the environment "
              + "(ARCHITECTURE §2)"))
      .allowEmptyShould(true);

  /** Checks every main class under {@code basePackage} against {@link #RULE}; throws with every violation. */
  public static void check(String basePackage) {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(basePackage);
    RULE.check(classes);
  }
}
