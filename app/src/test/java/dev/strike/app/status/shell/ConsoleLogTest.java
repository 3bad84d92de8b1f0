package dev.strike.app.status.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.app.config.ConsoleSettings.LogFormat;
import dev.strike.common.json.StrikeJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Switches the root logger of this test JVM and puts the test configuration's appenders back afterwards. */
class ConsoleLogTest {
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
  private final List<Appender<ILoggingEvent>> saved = new ArrayList<>();
  private final PrintStream stdout = System.out;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void useStrikesTextAppender() {
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      saved.add(it.next());
    }
    saved.forEach(root::detachAppender);
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    ConsoleAppender<ILoggingEvent> text = new ConsoleAppender<>();
    text.setContext(context);
    text.setName("text");
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(ConsoleLog.TEXT_PATTERN);
    encoder.start();
    text.setEncoder(encoder);
    text.start();
    root.addAppender(text);
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    root.detachAndStopAllAppenders();
    saved.forEach(root::addAppender);
    context.putProperty("services", null);
  }

  @Test
  void shouldWriteOneJsonObjectPerLineWithTheServicesWhenJsonIsConfigured() throws Exception {
    ConsoleLog.apply(LogFormat.JSON, "signals,risk");
    LoggerFactory.getLogger("dev.strike.status").warn("status: up {}", "45s");

    String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode line = StrikeJson.mapper().readTree(lines[0]);
    assertThat(line.path("level").asText()).isEqualTo("WARN");
    assertThat(line.path("loggerName").asText()).isEqualTo("dev.strike.status");
    assertThat(line.path("formattedMessage").asText()).isEqualTo("status: up 45s");
    assertThat(line.path("context").path("properties").path("services").asText()).isEqualTo("signals,risk");
    assertThat(line.has("arguments")).isFalse();
  }

  @Test
  void shouldKeepTheTextLineWhenTextIsConfigured() {
    ConsoleLog.apply(LogFormat.TEXT, "risk");
    LoggerFactory.getLogger("dev.strike.status").warn("status: up {}", "45s");

    assertThat(captured.toString(StandardCharsets.UTF_8).strip())
        .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[[^]]+] dev.strike.status - status: up 45s");
  }

  @Test
  void shouldSwitchToJsonBeforeTheConfigurationWhenTheEnvironmentAsksForIt() throws Exception {
    ConsoleLog.applyFromEnvironment(null, "JSON");
    LoggerFactory.getLogger("dev.strike.status").warn("early");

    JsonNode line = StrikeJson.mapper().readTree(captured.toString(StandardCharsets.UTF_8).strip());
    assertThat(line.path("formattedMessage").asText()).isEqualTo("early");
  }

  @Test
  void shouldStayTextWhenThePropertyOverridesTheEnvironment() {
    ConsoleLog.applyFromEnvironment("text", "json");
    LoggerFactory.getLogger("dev.strike.status").warn("early");

    assertThat(captured.toString(StandardCharsets.UTF_8).strip()).endsWith(" dev.strike.status - early");
  }
}
