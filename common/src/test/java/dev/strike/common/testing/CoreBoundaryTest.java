package dev.strike.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class CoreBoundaryTest {

  @Test
  void shouldReportReactorAndWallClockUseInACorePackage() {
    JavaClasses impure = new ClassFileImporter().importPackages("dev.strike.common.testing.impure");
    EvaluationResult result = CoreBoundary.RULE.evaluate(impure);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("reactor.core.publisher.Mono"))
        .anyMatch(line -> line.contains("currentTimeMillis"));
  }

  @Test
  void shouldFindNoViolationInCommonMainCode() {
    assertThatCode(() -> CoreBoundary.check("dev.strike.common")).doesNotThrowAnyException();
  }
}
