package dev.strike.kalshi.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.ws.SubscribeParams;
import dev.strike.kalshi.wire.ws.WsCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding of the documented payloads (fixtures/kalshi/ws_*.json) and of what goes wrong on the wire. */
class WsFrameDecoderTest {
  private static final long TS_INIT = 1_786_987_300_000_000_000L;
  private static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");

  /** A fixture as one compact line, the way the server sends it. */
  static String fixture(String name) {
    try (InputStream in = WsFrameDecoderTest.class.getResourceAsStream("/fixtures/kalshi/" + name)) {
      return StrikeJson.mapper().writeValueAsString(StrikeJson.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InboundMessage decode(String text) {
    List<InboundMessage> out = decodeAll(text);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static List<InboundMessage> decodeAll(String text) {
    List<InboundMessage> out = new ArrayList<>();
    WsFrameDecoder.decodeFrame(text.getBytes(StandardCharsets.UTF_8), TS_INIT, out);
    return out;
  }

  private static BookLevel level(String price, String qty) {
    return new BookLevel(Price.parse(price), Qty.parse(qty));
  }

  @Test
  void shouldDecodeTheDocumentedSnapshotExactlyWithNoLevelsInNoPrices() {
    BookSnapshot snapshot = ((InboundMessage.Snapshot) decode(fixture("ws_orderbook_snapshot.json"))).snapshot();
    assertThat(snapshot.ticker()).isEqualTo(TICKER);
    assertThat(snapshot.sid()).isEqualTo(1);
    assertThat(snapshot.seq()).isEqualTo(1);
    assertThat(snapshot.yesBids()).containsExactly(level("0.43", "120"), level("0.44", "85"), level("0.45", "310"));
    assertThat(snapshot.noBids()).containsExactly(level("0.50", "40"), level("0.52", "95.50"), level("0.53", "150"));
    assertThat(snapshot.noBids().get(1).qty().hundredths()).isEqualTo(9_550);
    assertThat(snapshot.top().yesAsk()).isEqualTo(Price.parse("0.47")); // $1 - best NO bid 0.53
    assertThat(snapshot.tsEvent()).isEqualTo(TS_INIT); // a snapshot carries no venue time
    assertThat(snapshot.tsInit()).isEqualTo(TS_INIT);
  }

  @Test
  void shouldDecodeTheDocumentedDeltaExactly() {
    BookDelta delta = ((InboundMessage.Delta) decode(fixture("ws_orderbook_delta.json"))).delta();
    assertThat(delta).isEqualTo(new BookDelta(TICKER, 1, 2, Side.YES, Price.ofMicros(460_000), 2_500, null,
        1_786_987_267_412_000_000L, TS_INIT));
  }

  @Test
  void shouldKeepTheSignAndOurOrderWhenADeltaRemovesSize() {
    BookDelta delta = ((InboundMessage.Delta) decode("{\"type\":\"orderbook_delta\",\"sid\":3,\"seq\":9,\"msg\":"
        + "{\"market_ticker\":\"KX-A\",\"price_dollars\":\"0.5300\",\"delta_fp\":\"-150.25\",\"side\":\"no\","
        + "\"client_order_id\":\"0c4d2b7e-9a1f-4e3c-8b5d-2f6a7c9e1d08\",\"subaccount\":0}}")).delta();
    assertThat(delta.side()).isEqualTo(Side.NO);
    assertThat(delta.price()).isEqualTo(Price.ofCents(53));
    assertThat(delta.deltaHundredths()).isEqualTo(-15_025);
    assertThat(delta.clientOrderId()).isEqualTo(ClientOrderId.of("0c4d2b7e-9a1f-4e3c-8b5d-2f6a7c9e1d08"));
    assertThat(delta.tsEvent()).isEqualTo(TS_INIT);
  }

  @Test
  void shouldDecodeTheDocumentedTickerWithItsVenueTime() {
    InboundMessage.ChannelData data = (InboundMessage.ChannelData) decode(fixture("ws_ticker.json"));
    assertThat(data.channel()).isEqualTo(Channel.TICKER);
    assertThat(data.sid()).isEqualTo(2);
    assertThat(data.seq()).isEqualTo(-1);
    TickerUpdate ticker = (TickerUpdate) data.event();
    assertThat(ticker).isEqualTo(new TickerUpdate(TICKER, Price.parse("0.47"), Price.parse("0.46"),
        Price.parse("0.47"), Qty.parse("25"), Qty.parse("140"), Qty.parse("10"), Qty.parse("18433.57"),
        Qty.parse("9130"), 8671, 4291, 1_786_987_269_118_000_000L, TS_INIT));
  }

  @Test
  void shouldDecodeTheDocumentedTradeAsAMarketTrade() {
    InboundMessage.ChannelData data = (InboundMessage.ChannelData) decode(fixture("ws_trade.json"));
    MarketTrade trade = ((TradePrint) data.event()).trade();
    assertThat(trade.tradeId().value()).isEqualTo("d91bc706-ee49-470d-82d8-11418bda6fed");
    assertThat(trade.ticker()).isEqualTo(TICKER);
    assertThat(trade.yesPrice()).isEqualTo(Price.ofCents(47));
    assertThat(trade.qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(trade.takerSide()).isEqualTo(Side.YES);
    assertThat(trade.blockTrade()).isFalse();
    assertThat(trade.tsEvent()).isEqualTo(1_786_987_269_118_000_000L);
  }

  @Test
  void shouldTakeTheTakerAsBuyingTheOtherOutcomeWhenItSoldOne() {
    InboundMessage.ChannelData data = (InboundMessage.ChannelData) decode("{\"type\":\"trade\",\"sid\":3,\"seq\":4,"
        + "\"msg\":{\"trade_id\":\"t-1\",\"market_ticker\":\"KX-A\",\"yes_price_dollars\":\"0.4700\","
        + "\"count_fp\":\"1.50\",\"taker_outcome_side\":\"yes\",\"taker_book_side\":\"ask\",\"ts_ms\":1}}");
    assertThat(data.seq()).isEqualTo(4);
    assertThat(((TradePrint) data.event()).trade().takerSide()).isEqualTo(Side.NO);
  }

  @Test
  void shouldDecodeTheDocumentedFillExactly() {
    UserFill fill = (UserFill) ((InboundMessage.ChannelData) decode(fixture("ws_fill.json"))).event();
    assertThat(fill.tradeId().value()).isEqualTo("d91bc706-ee49-470d-82d8-11418bda6fed");
    assertThat(fill.orderId().value()).isEqualTo("b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    assertThat(fill.clientOrderId()).isEqualTo(ClientOrderId.of("0c4d2b7e-9a1f-4e3c-8b5d-2f6a7c9e1d08"));
    assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
    assertThat(fill.outcomeSide()).isEqualTo(Side.YES);
    assertThat(fill.bookSide()).isEqualTo(BookSide.BID);
    assertThat(fill.yesPrice()).isEqualTo(Price.ofCents(47));
    assertThat(fill.qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(fill.fee()).isEqualTo(Money.parse("0.18"));
    assertThat(fill.postPositionHundredths()).isEqualTo(1_000);
    assertThat(fill.subaccount()).isZero();
    assertThat(fill.tsEvent()).isEqualTo(1_786_987_269_118_000_000L);
  }

  @Test
  void shouldDecodeTheDocumentedAcknowledgementAndError() {
    assertThat(decode(fixture("ws_subscribed.json"))).isEqualTo(new InboundMessage.Subscribed(1, "orderbook_delta",
        1));
    assertThat(decode(fixture("ws_error.json"))).isEqualTo(new InboundMessage.Error(2, 16, "Market not found",
        MarketTicker.of("KXBTC15M-26AUG171330-31")));
  }

  @Test
  void shouldReadTheSidFromTheEnvelopeWhenTheAcknowledgementHasItThere() {
    assertThat(decode("{\"id\":4,\"type\":\"subscribed\",\"sid\":9}")).isEqualTo(
        new InboundMessage.Subscribed(4, null, 9));
  }

  @Test
  void shouldEncodeTheDocumentedSubscribeCommandWithUseYesPriceFalse() throws IOException {
    WsCommand command = new WsCommand(1, "subscribe", new SubscribeParams(List.of("orderbook_delta"),
        List.of("KXBTC15M-26AUG171330-30"), null, false));
    JsonNode written = StrikeJson.mapper().readTree(StrikeJson.mapper().writeValueAsString(command));
    assertThat(written).isEqualTo(StrikeJson.mapper().readTree(fixture("ws_subscribe.json")));
  }

  @Test
  void shouldDecodeEveryLineAndSkipBlankOnesWhenAFrameHoldsSeveral() {
    String frame = fixture("ws_orderbook_snapshot.json") + "\n\n" + fixture("ws_orderbook_delta.json") + "\r\n  \n";
    assertThat(decodeAll(frame)).hasSize(2).first().isInstanceOf(InboundMessage.Snapshot.class);
  }

  @Test
  void shouldReadMsgWhenItComesBeforeTheType() {
    InboundMessage message = decode("{\"msg\":{\"market_ticker\":\"KX-A\",\"price_dollars\":\"0.46\","
        + "\"delta_fp\":\"1\",\"side\":\"yes\"},\"seq\":2,\"sid\":1,\"type\":\"orderbook_delta\"}");
    assertThat(((InboundMessage.Delta) message).delta().deltaHundredths()).isEqualTo(100);
  }

  @Test
  void shouldReturnTheRawBytesAndTheErrorWhenTheFrameIsNotJson() {
    MalformedFrame frame = ((InboundMessage.Malformed) decode("{not json")).frame();
    assertThat(frame.rawText()).isEqualTo("{not json");
    assertThat(frame.error().getMessage()).startsWith("kalshi-ws message: ");
    assertThat(frame.tsInit()).isEqualTo(TS_INIT);
  }

  @Test
  void shouldRefuseContentAfterTheMessageObject() {
    assertThat(decode("{\"type\":\"ticker\",\"msg\":{\"market_ticker\":\"KX-A\"}} {}"))
        .isInstanceOf(InboundMessage.Malformed.class);
  }

  @Test
  void shouldRefuseAMessageWithoutType() {
    MalformedFrame frame = ((InboundMessage.Malformed) decode("{\"sid\":1,\"msg\":{}}")).frame();
    assertThat(frame.error().getMessage()).contains("no type");
  }

  @Test
  void shouldKeepSidSeqAndMarketWhenAnOrderbookMessageHasAPriceAboveOneDollar() {
    InboundMessage.UnreadableBook unreadable = (InboundMessage.UnreadableBook) decode("{\"type\":\"orderbook_delta\","
        + "\"sid\":5,\"seq\":8,\"msg\":{\"market_ticker\":\"KX-A\",\"price_dollars\":\"1.5000\",\"delta_fp\":\"1.00\","
        + "\"side\":\"yes\"}}");
    assertThat(unreadable.sid()).isEqualTo(5);
    assertThat(unreadable.seq()).isEqualTo(8);
    assertThat(unreadable.market()).isEqualTo(MarketTicker.of("KX-A"));
    assertThat(unreadable.frame().error().getMessage())
        .isEqualTo("kalshi-ws orderbook_delta.price_dollars: price: \"1.5000\" is above $1");
  }

  @Test
  void shouldNameTheFieldWhenACountIsFinerThanAHundredth() {
    MalformedFrame frame = ((InboundMessage.Malformed) decode("{\"type\":\"trade\",\"sid\":3,\"msg\":{"
        + "\"trade_id\":\"t\",\"market_ticker\":\"KX-A\",\"yes_price_dollars\":\"0.47\",\"count_fp\":\"1.005\","
        + "\"taker_outcome_side\":\"yes\",\"taker_book_side\":\"bid\"}}")).frame();
    assertThat(frame.error().getMessage()).startsWith("kalshi-ws trade.count_fp: quantity: \"1.005\"");
  }

  @Test
  void shouldNotTreatAnEmptyClientOrderIdAsInvalid() {
    BookDelta delta = ((InboundMessage.Delta) decode("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{"
        + "\"market_ticker\":\"KX-A\",\"price_dollars\":\"0.46\",\"delta_fp\":\"1\",\"side\":\"yes\","
        + "\"client_order_id\":\"\"}}")).delta();
    assertThat(delta.clientOrderId()).isNull();
  }

  @Test
  void shouldReturnTheTypeAndRawBytesWhenTheTypeIsUnknown() {
    String text = "{\"type\":\"event_fee_update\",\"sid\":4,\"msg\":{\"x\":1}}";
    InboundMessage.Unknown unknown = (InboundMessage.Unknown) decode(text);
    assertThat(unknown.type()).isEqualTo("event_fee_update");
    assertThat(new String(unknown.raw(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void shouldDecodeLifecycleTimesInSecondsAndThePriceGrid() {
    InboundMessage.ChannelData data = (InboundMessage.ChannelData) decode("{\"type\":\"market_lifecycle_v2\","
        + "\"sid\":6,\"seq\":3,\"msg\":{\"market_ticker\":\"KX-A\",\"event_type\":\"created\",\"exchange_index\":2,"
        + "\"open_ts\":1786986900,\"close_ts\":1786987800,\"price_level_structure\":\"linear_cent\","
        + "\"price_ranges\":[{\"start\":\"0.0100\",\"end\":\"0.9900\",\"step\":\"0.0100\"}],"
        + "\"additional_metadata\":{\"event_ticker\":\"KXBTC15M-26AUG171330\",\"title\":\"BTC up?\","
        + "\"yes_sub_title\":\"Target Price: $63,485.16\",\"strike_type\":\"greater_or_equal\","
        + "\"floor_strike\":63485.16,\"expected_expiration_ts\":1786987860}}}");
    MarketLifecycleUpdate lifecycle = (MarketLifecycleUpdate) data.event();
    assertThat(data.channel()).isEqualTo(Channel.MARKET_LIFECYCLE_V2);
    assertThat(lifecycle.eventType()).isEqualTo(LifecycleEventType.CREATED);
    assertThat(lifecycle.exchangeIndex()).isEqualTo(2);
    assertThat(lifecycle.openTimeNs()).isEqualTo(1_786_986_900_000_000_000L);
    assertThat(lifecycle.closeTimeNs()).isEqualTo(1_786_987_800_000_000_000L);
    assertThat(lifecycle.priceGrid().isOnGrid(Price.ofCents(47))).isTrue();
    assertThat(lifecycle.eventTicker().value()).isEqualTo("KXBTC15M-26AUG171330");
    assertThat(lifecycle.floorStrike()).isEqualByComparingTo("63485.16");
    assertThat(lifecycle.expectedExpirationNs()).isEqualTo(1_786_987_860_000_000_000L);
  }
}
