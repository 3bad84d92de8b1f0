package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.kalshi.wire.Trade;
import dev.strike.kalshi.wire.TradesResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PagesTest {
  private final List<String> asked = new ArrayList<>();

  private static Trade trade(String id) {
    return new Trade(id, "KX-1", "1.00", "0.5000", "0.5000", null, null, "2026-08-17T17:00:00Z", false);
  }

  /** Serves {@code pages} keyed by cursor ("" for the first page). */
  private Mono<TradesResponse> serve(Map<String, TradesResponse> pages, @Nullable String cursor) {
    asked.add(String.valueOf(cursor));
    return Mono.just(pages.get(cursor == null ? "" : cursor));
  }

  @Test
  void shouldStopWhenTheCursorIsNull() {
    Map<String, TradesResponse> pages = Map.of(
        "", new TradesResponse(List.of(trade("a"), trade("b")), "p2"),
        "p2", new TradesResponse(List.of(trade("c")), null));

    StepVerifier.create(Pages.all(cursor -> serve(pages, cursor), Trade::tradeId).map(Trade::tradeId))
        .expectNext("a", "b", "c").verifyComplete();
    assertThat(asked).containsExactly("null", "p2");
  }

  @Test
  void shouldStopWhenTheCursorIsEmptyEvenIfThePageIsEmpty() {
    Map<String, TradesResponse> pages = Map.of("", new TradesResponse(List.of(), ""));

    StepVerifier.create(Pages.all(cursor -> serve(pages, cursor), Trade::tradeId)).verifyComplete();
    assertThat(asked).containsExactly("null");
  }

  @Test
  void shouldDropItemsSeenOnAnEarlierPage() {
    Map<String, TradesResponse> pages = Map.of(
        "", new TradesResponse(List.of(trade("a"), trade("b")), "p2"),
        "p2", new TradesResponse(List.of(trade("b"), trade("c")), "p3"),
        "p3", new TradesResponse(List.of(trade("a"), trade("d")), ""));

    StepVerifier.create(Pages.all(cursor -> serve(pages, cursor), Trade::tradeId).map(Trade::tradeId))
        .expectNext("a", "b", "c", "d").verifyComplete();
  }

  @Test
  void shouldFailInsteadOfLoopingWhenACursorComesBack() {
    Map<String, TradesResponse> pages = Map.of(
        "", new TradesResponse(List.of(trade("a")), "p2"),
        "p2", new TradesResponse(List.of(trade("b")), "p2"));

    StepVerifier.create(Pages.all(cursor -> serve(pages, cursor), Trade::tradeId).map(Trade::tradeId))
        .expectNext("a", "b")
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(KalshiProtocolException.class)
            .hasMessageContaining("p2"))
        .verify(Duration.ofSeconds(5));
  }
}
