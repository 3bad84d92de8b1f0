package dev.strike.app.status.shell;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.strike.app.config.ConsoleSettings.LogFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches the process's console log between text and Logback's JSON encoder ({@code console.logFormat}).
 * {@code logback.xml} sets up the text console (appender {@code text}); {@code main} calls
 * {@link #applyFromEnvironment} first, so {@code -Dstrike.log.format=json} or {@code STRIKE_CONSOLE_LOG_FORMAT=json}
 * switch even the lines logged before the configuration is read; once it is, {@link #apply} makes the configured
 * format the one in use and names the process's services in the log context, which the JSON lines carry as
 * {@code "context":{…,"properties":{"services":"signals,risk"}}}. (Both appenders in {@code logback.xml}, chosen by a
 * variable, would make Logback print its status on every start: it warns about the one not referenced.) Call from
 * the main thread at start.
 */
public final class ConsoleLog {
  /** The pattern of the text format (also in {@code logback.xml}). */
  public static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

  private ConsoleLog() {}

  /**
   * The early switch: {@code json} in the system property (first) or the environment variable selects JSON; any other
   * value is left to the configuration loader, which reports a bad one by key.
   */
  public static void applyFromEnvironment(@Nullable String property, @Nullable String variable) {
    String chosen = property != null && !property.isBlank() ? property : variable;
    if (chosen != null && chosen.strip().equalsIgnoreCase("json")) {
      apply(LogFormat.JSON, "");
    }
  }

  /**
   * Uses {@code format} for the root logger's console from now on and records {@code services} in the context.
   * Does nothing when Logback is not the SLF4J binding, or when the root logger's console is not one of Strike's
   * {@code logback.xml} ({@code text} or {@code json}): an operator's own Logback configuration wins.
   */
  public static void apply(LogFormat format, String services) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return;
    }
    if (!services.isEmpty()) {
      context.putProperty("services", services);
    }
    String name = format.name().toLowerCase(Locale.ROOT);
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (root.getAppender("text") == null && root.getAppender("json") == null) {
      return; // not Strike's logback.xml (a test's, or an operator's own -Dlogback.configurationFile): leave it be
    }
    if (root.getAppender(name) != null) {
      return; // logback.xml already chose it
    }
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(name);
    console.setEncoder(encoder(format, context));
    console.start();
    root.detachAndStopAllAppenders();
    root.addAppender(console);
  }

  private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
    if (format == LogFormat.JSON) {
      JsonEncoder json = new JsonEncoder();
      json.setContext(context);
      // the formatted message alone: the raw template and its arguments would repeat it
      json.setWithMessage(false);
      json.setWithArguments(false);
      json.setWithFormattedMessage(true);
      json.start();
      return json;
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(context);
    text.setPattern(TEXT_PATTERN);
    text.start();
    return text;
  }
}
