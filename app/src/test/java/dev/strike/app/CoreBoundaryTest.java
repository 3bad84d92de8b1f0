package dev.strike.app;

import dev.strike.common.testing.CoreBoundary;
import org.junit.jupiter.api.Test;

class CoreBoundaryTest {
  @Test
  void shouldKeepCorePackagesPureWhenTheAppIsBuilt() {
    CoreBoundary.check("dev.strike.app");
  }
}
