package dev.strike.common.testing.impure.core;

import reactor.core.publisher.Mono;

/** A deliberately impure "core" class: {@code CoreBoundaryTest} checks that the rule catches it. */
public final class ImpureDecision {
  private ImpureDecision() {}

  /** Reads the wall clock and returns a Mono: two violations. */
  public static Mono<Long> decide() {
    return Mono.just(System.currentTimeMillis());
  }
}
