package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void shouldWriteEveryFilterWhenTheyAreSet() {
    MarketsQuery query = MarketsQuery.all().withLimit(50).withSeriesTicker(SeriesTicker.of("KXBTCD"))
        .withStatus(MarketStatusFilter.CLOSED).withCloseBetween(1_786_000_000L, 1_787_000_000L)
        .withTickers(List.of(MarketTicker.of("A-1"), MarketTicker.of("A-2")));

    assertThat(query.toParams("c/+=").toQueryString()).isEqualTo("?limit=50&cursor=c%2F%2B%3D"
        + "&series_ticker=KXBTCD&status=closed&tickers=A-1%2CA-2&min_close_ts=1786000000&max_close_ts=1787000000");
  }

  @Test
  void shouldAskForTheLargestPageWhenNoLimitIsSet() {
    assertThat(MarketsQuery.all().toParams(null).toQueryString()).isEqualTo("?limit=1000");
    assertThat(EventsQuery.all().toParams(null).toQueryString()).isEqualTo("?limit=200");
  }

  @Test
  void shouldRefuseTimestampFamiliesWhenMixed() {
    assertThatThrownBy(() -> MarketsQuery.all().withCreatedBetween(1L, null).withCloseBetween(null, 2L))
        .hasMessageContaining("mutually exclusive");
  }

  @Test
  void shouldRefuseATimestampFilterWhenTheStatusDoesNotAllowIt() {
    assertThatThrownBy(() -> MarketsQuery.all().withStatus(MarketStatusFilter.OPEN).withCloseBetween(1L, 2L))
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> MarketsQuery.all().withStatus(MarketStatusFilter.SETTLED).withCreatedBetween(1L, 2L))
        .hasMessageContaining("created");
    assertThatThrownBy(() -> MarketsQuery.all().withStatus(MarketStatusFilter.OPEN).withMinUpdatedTs(5L))
        .hasMessageContaining("min_updated_ts");
  }

  @Test
  void shouldAcceptMinUpdatedWhenCombinedWithExcludeAndASeries() {
    MarketsQuery query = MarketsQuery.all().withSeriesTicker(SeriesTicker.of("KXBTCD")).withMveFilter("exclude")
        .withMinUpdatedTs(5L);

    assertThat(query.minUpdatedTs()).isEqualTo(5L);
  }

  @Test
  void shouldRefuseMoreThanTenEventTickers() {
    List<EventTicker> events = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      events.add(EventTicker.of("E-" + i));
    }

    assertThatThrownBy(() -> MarketsQuery.all().withEventTickers(events)).hasMessageContaining("at most 10");
  }

  @Test
  void shouldRefuseALimitOutsideTheDocumentedRange() {
    assertThatThrownBy(() -> MarketsQuery.all().withLimit(1001)).hasMessageContaining("1 to 1000");
    assertThatThrownBy(() -> EventsQuery.all().withLimit(201)).hasMessageContaining("1 to 200");
    assertThatThrownBy(() -> EventsQuery.all().withStatus(MarketStatusFilter.PAUSED)).hasMessageContaining("paused");
  }
}
