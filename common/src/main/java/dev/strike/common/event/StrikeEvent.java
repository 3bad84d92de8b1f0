package dev.strike.common.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Every payload on a Strike topic. Each carries two epoch-nanosecond times: {@link #tsEvent()} when it happened at
 * the venue or source (or, for our own decisions, the {@code tsEvent} of the input that caused it) and
 * {@link #tsInit()} when our process created the record. Core code reads time only from these or from an injected
 * {@code Clock}.
 *
 * <p>JSON: one object with {@code "type"} (the record's simple name) and {@code "schemaVersion"} first, then the
 * record's fields. Changes are additive; readers ignore fields they don't know. All implementations are immutable
 * records validated in their constructors, so they are safe to share across threads.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonPropertyOrder({"schemaVersion"})
public sealed interface StrikeEvent
    permits MarketInfo, BookEvent, MarketTrade, SpotTick, Signal, RiskDecision, OrderEvent, Fill, MarketSettled,
        PortfolioSnapshot, ControlCommand, Alert, DeadLetter {

  /** When it happened at the source, epoch nanoseconds. */
  long tsEvent();

  /** When our process created this record, epoch nanoseconds. */
  long tsInit();

  /** The version of this type's JSON shape; raised (additively) when a field is added. */
  @JsonProperty(value = "schemaVersion", access = JsonProperty.Access.READ_ONLY)
  default int schemaVersion() {
    return 1;
  }
}
