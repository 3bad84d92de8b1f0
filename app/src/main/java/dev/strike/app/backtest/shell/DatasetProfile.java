package dev.strike.app.backtest.shell;

import dev.strike.app.dataset.core.JohnnyGodSnapshots;
import dev.strike.app.dataset.core.KapelameCsv;
import dev.strike.app.dataset.shell.Dataset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration a recorded dataset needs on top of the user's: its spot prices come from one recorder, not from
 * the three exchanges the live spot index wants a quorum of, so the index must accept that one source (else every
 * strategy that needs spot stays quiet); kapelame samples every 2 s, so the index bars are 2 s. Keys the user sets
 * explicitly win.
 */
public final class DatasetProfile {
  private DatasetProfile() {}

  /** The configuration overrides for backtesting {@code dataset}, by configuration key. */
  public static Map<String, String> overrides(Dataset dataset) {
    Map<String, String> overrides = new LinkedHashMap<>();
    switch (dataset) {
      case KAPELAME -> {
        overrides.put("signals.spotIndex.coreSources", KapelameCsv.SPOT_SOURCE.value());
        overrides.put("signals.spotIndex.bar", "2s");
      }
      case JOHNNYGOD -> overrides.put("signals.spotIndex.coreSources", JohnnyGodSnapshots.SPOT_SOURCE.value());
    }
    overrides.put("signals.spotIndex.quorum", "1");
    // the signals service reads spot only for configured assets; the backtest adds the inputs' own, the services
    // need them named (kapelame records XRP besides the default three, Johnny-God only XRP)
    overrides.put("spot.assets", "BTC,ETH,SOL,XRP");
    return overrides;
  }
}
