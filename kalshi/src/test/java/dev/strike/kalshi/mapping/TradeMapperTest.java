package dev.strike.kalshi.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.json.DecodeException;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.OutcomeSide;
import dev.strike.kalshi.wire.Trade;
import org.junit.jupiter.api.Test;

class TradeMapperTest {
  private static final long TS_INIT = 1_786_987_300_000_000_000L;

  @Test
  void shouldMapTheCanonicalTakerSideWhenTheDeprecatedOneDisagrees() throws Exception {
    Trade trade = StrikeJson.mapper().readValue("""
        {"trade_id":"t-1","ticker":"KXBTC15M-26AUG171330-30","count_fp":"12.50","yes_price_dollars":"0.4700",
         "no_price_dollars":"0.5300","taker_outcome_side":"no","taker_book_side":"ask","taker_side":"yes",
         "created_time":"2026-08-17T17:21:09.118Z","is_block_trade":false}""", Trade.class);

    MarketTrade mapped = TradeMapper.toMarketTrade(trade, TS_INIT);

    assertThat(trade.takerBookSide()).isEqualTo(BookSide.ASK);
    assertThat(mapped.takerSide()).isEqualTo(Side.NO);
    assertThat(mapped.yesPrice()).isEqualTo(Price.parse("0.47"));
    assertThat(mapped.qty()).isEqualTo(Qty.ofHundredths(1_250));
    assertThat(mapped.tsEvent()).isEqualTo(1_786_987_269_118_000_000L);
    assertThat(mapped.blockTrade()).isFalse();
  }

  @Test
  void shouldRefuseTheTradeWhenThePricesDoNotComplement() {
    Trade trade = new Trade("t-2", "KX-1", "1.00", "0.4700", "0.5200", OutcomeSide.YES, BookSide.BID,
        "2026-08-17T17:21:09Z", null);

    assertThatThrownBy(() -> TradeMapper.toMarketTrade(trade, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("no_price_dollars");
  }

  @Test
  void shouldNameTheFieldWhenTheTakerSideIsMissing() {
    Trade trade = new Trade("t-3", "KX-1", "1.00", "0.4700", null, null, null, "2026-08-17T17:21:09Z", null);

    assertThatThrownBy(() -> TradeMapper.toMarketTrade(trade, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("taker_outcome_side");
  }
}
