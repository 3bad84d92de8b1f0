package dev.strike.app.dataset.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FifteenMinuteMarketTest {
  private static Instant close(String ticker) {
    return Instant.ofEpochSecond(0, FifteenMinuteMarket.parse(ticker).closeTimeNs());
  }

  @Test
  void shouldCloseAtFiveFifteenUtcWhenTheDateCodeIsInEasternStandardTime() {
    FifteenMinuteMarket m = FifteenMinuteMarket.parse("KXBTC15M-26FEB250015-15");
    assertThat(Instant.ofEpochSecond(0, m.closeTimeNs())).isEqualTo(Instant.parse("2026-02-25T05:15:00Z"));
    assertThat(Instant.ofEpochSecond(0, m.openTimeNs())).isEqualTo(Instant.parse("2026-02-25T05:00:00Z"));
    assertThat(m.event().value()).isEqualTo("KXBTC15M-26FEB250015");
    assertThat(m.series().value()).isEqualTo("KXBTC15M");
    assertThat(m.asset().symbol()).isEqualTo("BTC");
  }

  @Test
  void shouldCloseFourHoursAfterEasternWhenTheDateIsInDaylightTime() {
    assertThat(close("KXBTC15M-26AUG171330-30")).isEqualTo(Instant.parse("2026-08-17T17:30:00Z"));
    assertThat(FifteenMinuteMarket.parse("KXXRP15M-26AUG170145-45").asset().symbol()).isEqualTo("XRP");
  }

  @Test
  void shouldChangeOffsetWhenTheClocksSpringForward() {
    // 2026-03-08: 01:45 EST, then 03:00 EDT, fifteen minutes apart
    assertThat(close("KXETH15M-26MAR080145-45")).isEqualTo(Instant.parse("2026-03-08T06:45:00Z"));
    assertThat(close("KXETH15M-26MAR080300-00")).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
  }

  @Test
  void shouldRefuseWhenTheEasternTimeFallsInTheSpringForwardGap() {
    assertThatThrownBy(() -> FifteenMinuteMarket.parse("KXETH15M-26MAR080215-15"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist in America/New_York");
  }

  @Test
  void shouldTakeTheFirstOccurrenceWhenTheClocksFallBack() {
    // 2026-11-01: 01:15 happens at 05:15 UTC (EDT) and again at 06:15 UTC (EST)
    assertThat(close("KXSOL15M-26NOV010115-15")).isEqualTo(Instant.parse("2026-11-01T05:15:00Z"));
  }

  @Test
  void shouldRefuseWhenTheSuffixIsNotTheCloseMinute() {
    assertThatThrownBy(() -> FifteenMinuteMarket.parse("KXBTC15M-26FEB250015-30"))
        .hasMessageContaining("differs from the close minute");
  }

  @Test
  void shouldRefuseWhenTheMinuteIsNotAQuarterHour() {
    assertThatThrownBy(() -> FifteenMinuteMarket.parse("KXBTC15M-26FEB250010-10"))
        .hasMessageContaining("not a quarter-hour");
  }

  @Test
  void shouldRefuseWhenTheDateDoesNotExist() {
    assertThatThrownBy(() -> FifteenMinuteMarket.parse("KXBTC15M-26FEB300015-15"))
        .hasMessageContaining("not a date");
  }

  @Test
  void shouldRefuseWhenTheTickerIsNotAFifteenMinuteMarket() {
    assertThatThrownBy(() -> FifteenMinuteMarket.parse("KXBTCD-26AUG1717-T72749.99"))
        .hasMessageContaining("not a 15-minute crypto ticker");
  }
}
