package dev.strike.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.error.InvariantViolation;
import dev.strike.common.error.MaybeTransient;
import dev.strike.common.json.DecodeException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import reactor.core.Exceptions;

class ErrorClassifierTest {

  static final class ExchangeFailure extends RuntimeException implements MaybeTransient {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    ExchangeFailure(boolean transientFailure) {
      super(transientFailure ? "503" : "400");
      this.transientFailure = transientFailure;
    }

    @Override
    public boolean isTransient() {
      return transientFailure;
    }
  }

  @Test
  void shouldDeadLetterDecodeFailures() {
    assertThat(ErrorClassifier.classify(new DecodeException("bad json", null))).isEqualTo(ErrorKind.DECODE);
  }

  @Test
  void shouldDeadLetterOrdinaryExceptionsAsProcessingFailures() {
    assertThat(ErrorClassifier.classify(new IllegalStateException("no handler"))).isEqualTo(ErrorKind.PROCESSING);
  }

  @Test
  void shouldRetryBrokerNetworkAndTransientExchangeFailures() {
    assertThat(ErrorClassifier.classify(new org.apache.kafka.common.errors.TimeoutException("t")))
        .isEqualTo(ErrorKind.INFRASTRUCTURE);
    assertThat(ErrorClassifier.classify(new IOException("reset"))).isEqualTo(ErrorKind.INFRASTRUCTURE);
    assertThat(ErrorClassifier.classify(new ExchangeFailure(true))).isEqualTo(ErrorKind.INFRASTRUCTURE);
    assertThat(ErrorClassifier.classify(new ExchangeFailure(false))).isEqualTo(ErrorKind.PROCESSING);
  }

  @Test
  void shouldStopOnBrokenInvariantsOverflowAndJvmErrors() {
    assertThat(ErrorClassifier.classify(new InvariantViolation("negative position"))).isEqualTo(ErrorKind.INVARIANT);
    assertThat(ErrorClassifier.classify(new ArithmeticException("long overflow"))).isEqualTo(ErrorKind.INVARIANT);
    assertThat(ErrorClassifier.classify(new StackOverflowError())).isEqualTo(ErrorKind.INVARIANT);
  }

  @Test
  void shouldLookThroughWrappers() {
    Throwable wrapped = new CompletionException(Exceptions.retryExhausted("gave up",
        new IOException("refused")));
    assertThat(ErrorClassifier.classify(wrapped)).isEqualTo(ErrorKind.INFRASTRUCTURE);
    assertThat(ErrorClassifier.describe(wrapped)).isEqualTo("IOException: refused");
  }
}
