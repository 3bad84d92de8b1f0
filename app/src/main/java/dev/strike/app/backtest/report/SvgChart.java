package dev.strike.app.backtest.report;

import dev.strike.common.money.Money;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A line (or area) chart of money over event time as inline SVG, for {@code report.html}: a plot box, horizontal
 * grid lines at round dollar steps labelled on the left, five evenly spaced time labels ({@code MM-dd HH:mm} UTC; the
 * page's header gives the years) below, axis titles, and the series
 * as a polyline (or a filled polygon down to $0). Coordinates are written with one decimal, computed the same way
 * on every machine. Curves with more points than twice the plot's pixel width keep each pixel column's lowest and
 * highest point, so spikes survive the thinning. Stateless.
 */
final class SvgChart {
  private SvgChart() {}

  static final int WIDTH = 960;
  static final int HEIGHT = 300;
  private static final int LEFT = 90;
  private static final int RIGHT = 24;
  private static final int TOP = 16;
  private static final int BOTTOM = 48;
  private static final int PLOT_W = WIDTH - LEFT - RIGHT;
  private static final int PLOT_H = HEIGHT - TOP - BOTTOM;

  /**
   * The chart.
   *
   * @param id the element id
   * @param label what it shows, for the title and screen readers
   * @param yTitle the vertical axis title
   * @param tsNs event times, ascending
   * @param micros values in micro-dollars, one per time
   * @param area fill down to $0 instead of drawing a line
   * @param colour the series colour (a CSS colour)
   * @param reference a dashed horizontal reference line (e.g. the starting cash), or null
   */
  static String render(String id, String label, String yTitle, long[] tsNs, long[] micros, boolean area,
      String colour, @Nullable Money reference) {
    StringBuilder svg = new StringBuilder(4096 + micros.length * 16);
    svg.append("<svg id=\"").append(id).append("\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Figures.html(label)).append("\">\n");
    svg.append("<title>").append(Figures.html(label)).append("</title>\n");
    svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(PLOT_W)
        .append("\" height=\"").append(PLOT_H).append("\" fill=\"#fafafa\" stroke=\"#999\"/>\n");
    int n = micros.length;
    if (n == 0) {
      svg.append("<text x=\"").append(LEFT + PLOT_W / 2).append("\" y=\"").append(TOP + PLOT_H / 2)
          .append("\" text-anchor=\"middle\" fill=\"#666\">no equity points</text>\n</svg>\n");
      return svg.toString();
    }
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (long v : micros) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (reference != null) {
      lo = Math.min(lo, reference.micros());
      hi = Math.max(hi, reference.micros());
    }
    if (area) {
      lo = Math.min(lo, 0);
      hi = Math.max(hi, 0);
    }
    if (hi == lo) {
      long pad = Math.max(Math.abs(hi) / 100, 10_000L);
      lo = area && lo == 0 ? lo : lo - pad;
      hi = area && hi == 0 && lo < 0 ? hi : hi + pad;
    }
    long step = niceStep((hi - lo) / 5);
    lo = Math.floorDiv(lo, step) * step;
    hi = -Math.floorDiv(-hi, step) * step;
    long t0 = tsNs[0];
    long t1 = Math.max(tsNs[n - 1], t0 + 1);

    svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#333\">\n");
    for (long v = lo; v <= hi; v += step) {
      String y = coord(yOf(v, lo, hi));
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_W).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#e0e0e0\"/>");
      svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y)
          .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
          .append(Figures.html(dollars(v))).append("</text>\n");
    }
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    for (int i = 0; i <= 4; i++) {
      long t = t0 + (t1 - t0) / 4 * i;
      String x = coord(xOf(t, t0, t1));
      String anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
      svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP + PLOT_H)
          .append("\" y2=\"").append(TOP + PLOT_H + 5).append("\" stroke=\"#999\"/>");
      svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP + PLOT_H + 18).append("\" text-anchor=\"")
          .append(anchor).append("\">").append(format.format(BacktestReport.instantOf(t))).append("</text>\n");
    }
    svg.append("<text x=\"").append(LEFT + PLOT_W / 2).append("\" y=\"").append(HEIGHT - 6)
        .append("\" text-anchor=\"middle\">time (UTC)</text>\n");
    svg.append("<text transform=\"translate(14 ").append(TOP + PLOT_H / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(Figures.html(yTitle)).append("</text>\n");
    svg.append("</g>\n");

    if (reference != null) {
      String y = coord(yOf(reference.micros(), lo, hi));
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_W).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#888\" stroke-dasharray=\"4 4\"/>\n");
    }
    List<Integer> kept = thin(tsNs, micros, t0, t1);
    StringBuilder points = new StringBuilder(kept.size() * 14);
    for (int i : kept) {
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(coord(xOf(tsNs[i], t0, t1))).append(',').append(coord(yOf(micros[i], lo, hi)));
    }
    if (area) {
      String zero = coord(yOf(0, lo, hi));
      svg.append("<polygon points=\"").append(coord(xOf(tsNs[kept.get(0)], t0, t1))).append(',').append(zero)
          .append(' ').append(points).append(' ').append(coord(xOf(tsNs[kept.get(kept.size() - 1)], t0, t1)))
          .append(',').append(zero).append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.35\" stroke=\"")
          .append(colour).append("\" stroke-width=\"1\"/>\n");
    } else {
      svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"1.5\"/>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Indices to draw: all of them, or per pixel column the lowest and highest point, in time order. */
  private static List<Integer> thin(long[] tsNs, long[] micros, long t0, long t1) {
    List<Integer> kept = new ArrayList<>();
    if (micros.length <= 2 * PLOT_W) {
      for (int i = 0; i < micros.length; i++) {
        kept.add(i);
      }
      return kept;
    }
    int i = 0;
    while (i < micros.length) {
      long column = (long) Math.floor(xOf(tsNs[i], t0, t1));
      int low = i;
      int high = i;
      int j = i;
      while (j < micros.length && (long) Math.floor(xOf(tsNs[j], t0, t1)) == column) {
        if (micros[j] < micros[low]) {
          low = j;
        }
        if (micros[j] > micros[high]) {
          high = j;
        }
        j++;
      }
      kept.add(Math.min(low, high));
      if (low != high) {
        kept.add(Math.max(low, high));
      }
      i = j;
    }
    return kept;
  }

  /** The smallest of 1, 2, 5 × 10^k micro-dollars (at least one cent) that is at least {@code raw}. */
  static long niceStep(long raw) {
    long power = 10_000L;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power >= raw) {
          return m * power;
        }
      }
      power *= 10;
    }
  }

  private static double xOf(long t, long t0, long t1) {
    return LEFT + (double) (t - t0) / (t1 - t0) * PLOT_W;
  }

  private static double yOf(long v, long lo, long hi) {
    return TOP + (double) (hi - v) / (hi - lo) * PLOT_H;
  }

  /** A coordinate with one decimal ({@code 123.4}), half-up, locale-free. */
  static String coord(double value) {
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + abs / 10 + "." + abs % 10;
  }

  private static String dollars(long micros) {
    return Figures.dollars(Money.ofMicros(micros));
  }
}
