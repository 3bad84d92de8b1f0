package dev.strike.ingest;

import dev.strike.common.testing.CoreBoundary;
import org.junit.jupiter.api.Test;

class CoreBoundaryTest {

  @Test
  void shouldKeepCorePackagesFreeOfIoKafkaReactorAndTheWallClock() {
    CoreBoundary.check("dev.strike.ingest");
  }
}
