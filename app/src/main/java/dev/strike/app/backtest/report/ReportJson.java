package dev.strike.app.backtest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.strike.app.backtest.report.BacktestReport.Calibration;
import dev.strike.app.backtest.report.BacktestReport.DailyRow;
import dev.strike.app.backtest.report.BacktestReport.MarketRow;
import dev.strike.app.backtest.report.BacktestReport.Risk;
import dev.strike.app.backtest.report.BacktestReport.RoundTrip;
import dev.strike.app.backtest.report.BacktestReport.StrategyRow;
import dev.strike.app.backtest.report.BacktestReport.Summary;
import dev.strike.app.backtest.report.BacktestReport.Trading;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code report.json}: every figure and table of a {@link BacktestReport}, keys in a fixed order (the order of the
 * record components), two-space indent, {@code \n} line ends. Money is an exact dollar string ({@code "4.53"}),
 * contracts an exact string ({@code "23.00"}), times ISO-8601 UTC strings, counts integers, ratios numbers with
 * six decimals. Written with a generator of the project's one mapper ({@link StrikeJson}). Stateless.
 */
final class ReportJson {
  private ReportJson() {}

  /** Format version of {@code report.json}; additive changes keep it. */
  static final int SCHEMA_VERSION = 1;

  static byte[] encode(BacktestReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = StrikeJson.mapper().getFactory().createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      write(json, report);
    } catch (IOException e) {
      throw new UncheckedIOException("writing report.json to memory", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void write(JsonGenerator json, BacktestReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "BacktestReport");
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("runId", report.runId());
    json.writeStringField("start", Figures.instant(report.startNs()));
    json.writeStringField("end", Figures.instant(report.endNs()));
    json.writeNumberField("inputEvents", report.inputEvents());

    Summary s = report.summary();
    json.writeObjectFieldStart("summary");
    money(json, "startingCash", s.startingCash());
    money(json, "finalEquity", s.finalEquity());
    money(json, "pnl", s.pnl());
    ratio(json, "totalReturn", s.totalReturn());
    money(json, "realizedPnl", s.realizedPnl());
    money(json, "unrealizedPnl", s.unrealizedPnl());
    money(json, "fees", s.fees());
    json.writeEndObject();

    Trading t = report.trading();
    json.writeObjectFieldStart("trading");
    json.writeNumberField("fills", t.fills());
    qty(json, "contracts", t.contracts());
    qty(json, "makerContracts", t.makerContracts());
    ratio(json, "makerShare", t.makerShare());
    json.writeNumberField("roundTrips", t.roundTrips());
    json.writeNumberField("winningRoundTrips", t.winningRoundTrips());
    ratio(json, "winRate", t.winRate());
    money(json, "averageRoundTrip", t.averageRoundTrip());
    money(json, "bestRoundTrip", t.bestRoundTrip());
    money(json, "worstRoundTrip", t.worstRoundTrip());
    json.writeNumberField("openPositions", t.openPositions());
    json.writeNumberField("signals", t.signals());
    json.writeNumberField("approved", t.approved());
    json.writeNumberField("denied", t.denied());
    json.writeEndObject();

    Risk r = report.risk();
    json.writeObjectFieldStart("risk");
    money(json, "maxExposure", r.maxExposure());
    money(json, "averageExposure", r.averageExposure());
    money(json, "maxDrawdown", r.maxDrawdown());
    ratio(json, "maxDrawdownPct", r.maxDrawdownPct());
    ratio(json, "sharpe", r.sharpe());
    ratio(json, "sortino", r.sortino());
    json.writeNumberField("returns", r.returns());
    ratio(json, "returnPeriodSeconds", r.returnPeriodSeconds());
    ratio(json, "annualisation", r.annualisation());
    json.writeEndObject();

    Calibration c = report.calibration();
    json.writeObjectFieldStart("calibration");
    ratio(json, "brier", c.brier());
    json.writeNumberField("signals", c.signals());
    json.writeEndObject();

    json.writeArrayFieldStart("strategies");
    for (StrategyRow row : report.strategies()) {
      json.writeStartObject();
      json.writeStringField("strategy", row.strategy());
      json.writeNumberField("fills", row.fills());
      qty(json, "contracts", row.contracts());
      money(json, "fees", row.fees());
      money(json, "realizedPnl", row.realizedPnl());
      json.writeNumberField("signals", row.signals());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("markets");
    for (MarketRow row : report.markets()) {
      json.writeStartObject();
      json.writeStringField("ticker", row.ticker().value());
      json.writeNumberField("fills", row.fills());
      qty(json, "contracts", row.contracts());
      money(json, "fees", row.fees());
      money(json, "pnl", row.pnl());
      json.writeNumberField("roundTrips", row.roundTrips());
      qty(json, "openQty", row.openQty());
      if (row.result() == null) {
        json.writeNullField("result");
      } else {
        json.writeStringField("result", Figures.lower(row.result()));
      }
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("roundTrips");
    for (RoundTrip trip : report.roundTrips()) {
      json.writeStartObject();
      json.writeStringField("ticker", trip.ticker().value());
      json.writeStringField("strategy", trip.strategy());
      json.writeStringField("side", Figures.lower(trip.side()));
      qty(json, "contracts", trip.contracts());
      money(json, "pnl", trip.pnl());
      json.writeStringField("opened", Figures.instant(trip.openedNs()));
      json.writeStringField("closed", Figures.instant(trip.closedNs()));
      json.writeStringField("closedBy", trip.closedBy());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("days");
    for (DailyRow day : report.days()) {
      json.writeStartObject();
      json.writeStringField("date", day.date().toString());
      money(json, "startEquity", day.startEquity());
      money(json, "endEquity", day.endEquity());
      money(json, "pnl", day.pnl());
      money(json, "fees", day.fees());
      json.writeNumberField("fills", day.fills());
      json.writeNumberField("roundTrips", day.roundTrips());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void money(JsonGenerator json, String name, Money value) throws IOException {
    json.writeStringField(name, value.toDollarString());
  }

  private static void qty(JsonGenerator json, String name, Qty value) throws IOException {
    json.writeStringField(name, value.toContractString());
  }

  private static void ratio(JsonGenerator json, String name, double value) throws IOException {
    json.writeFieldName(name);
    json.writeNumber(Figures.ratio(value));
  }
}
