/**
 * Streaming technical indicators over fixed bars of the spot index: {@link dev.strike.signals.core.ta.Bars} turns
 * irregular ticks into bars by event time, and {@link dev.strike.signals.core.ta.Rsi},
 * {@link dev.strike.signals.core.ta.Ema}, {@link dev.strike.signals.core.ta.Macd},
 * {@link dev.strike.signals.core.ta.Vwap} and {@link dev.strike.signals.core.ta.RegimeDetector} are fed with the bars.
 *
 * <p>Every indicator is O(1) per update and allocates nothing after construction; its state is a function of the
 * inputs in order only, so a replay gives the same numbers bit for bit. Before it has enough history an indicator
 * is not {@code isReady()} and its outputs are {@code NaN}. Prices and sizes here are {@code double} model inputs
 * (spot prices in USD, sizes in units of the asset), never contract prices or money. Not thread-safe: each
 * instance belongs to the one strategy (and lane) that feeds it.
 */
package dev.strike.signals.core.ta;
