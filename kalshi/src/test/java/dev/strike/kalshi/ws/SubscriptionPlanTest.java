package dev.strike.kalshi.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.MarketTicker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionPlanTest {
  private static final MarketTicker A = MarketTicker.of("KX-A");
  private static final MarketTicker B = MarketTicker.of("KX-B");
  private final SubscriptionPlan plan = new SubscriptionPlan();

  @Test
  void shouldMergeMarketsPerChannelWhenAChannelIsSubscribedTwice() {
    plan.subscribed(Channel.ORDERBOOK_DELTA, List.of(B), false);
    plan.subscribed(Channel.ORDERBOOK_DELTA, List.of(A), false);
    assertThat(plan.requests()).containsExactly(new SubscribeRequest(Set.of(Channel.ORDERBOOK_DELTA), List.of(A, B),
        false));
  }

  @Test
  void shouldKeepAllMarketsWhenOneSubscriptionAskedForAll() {
    plan.subscribed(Channel.TICKER, List.of(), true);
    plan.subscribed(Channel.TICKER, List.of(A), false);
    plan.marketsDeleted(Channel.TICKER, List.of(A));
    assertThat(plan.requests()).containsExactly(new SubscribeRequest(Set.of(Channel.TICKER), List.of(), true));
  }

  @Test
  void shouldForgetAChannelWhenItsLastMarketIsDeleted() {
    plan.subscribed(Channel.ORDERBOOK_DELTA, List.of(A, B), false);
    plan.marketsDeleted(Channel.ORDERBOOK_DELTA, List.of(A, B));
    assertThat(plan.requests()).isEmpty();
  }

  @Test
  void shouldListOneRequestPerChannelInChannelOrderWhenResubscribing() {
    plan.subscribed(Channel.TRADE, List.of(), false);
    plan.subscribed(Channel.ORDERBOOK_DELTA, List.of(A), false);
    plan.marketsAdded(Channel.ORDERBOOK_DELTA, List.of(B));
    plan.subscribed(Channel.FILL, List.of(), false);
    plan.unsubscribed(Channel.FILL);
    assertThat(plan.requests()).extracting(SubscribeRequest::channels)
        .containsExactly(Set.of(Channel.ORDERBOOK_DELTA), Set.of(Channel.TRADE));
    assertThat(plan.request(Channel.ORDERBOOK_DELTA).markets()).containsExactly(A, B);
  }
}
