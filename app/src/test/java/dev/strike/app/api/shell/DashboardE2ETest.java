package dev.strike.app.api.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard end to end: the real API on the embedded broker, Debian's headless Chromium driven through
 * chromedriver (both from the distribution: nothing is downloaded). Sign in with a token, see the portfolio, click
 * Pause and Resume, and find the commands on {@code control}.
 */
class DashboardE2ETest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @TempDir
  Path dir;

  private static WebDriver chromium(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
    // the driver comes from webdriver.chrome.driver and the browser from the options: Selenium Manager has
    // nothing to look up or download
    return new ChromeDriver(options);
  }

  /** A running gate (no pause, no breaker) just before the sample snapshot's time. */
  private static PortfolioSnapshot running() {
    PortfolioSnapshot paused = EventSamples.portfolioSnapshot();
    return new PortfolioSnapshot(paused.account(), paused.cash(), paused.reservedCash(), Money.ZERO,
        paused.fees(), Money.parse("1000.00"), paused.positions(), new TreeMap<>(), paused.tsEvent() - 10_000_000_000L,
        paused.tsInit() - 10_000_000_000L);
  }

  @Test
  void shouldSendPauseAndResumeWhenTheirButtonsAreClicked() throws Exception {
    ApiFixture api = new ApiFixture(dir.resolve("api"));
    WebDriver browser = chromium(Files.createDirectories(dir.resolve("chromium-profile")));
    try {
      api.publish(api.topics.portfolio(), running());
      api.publish(api.topics.signals(), EventSamples.signal());
      api.publish(api.topics.trades(), EventSamples.fill());
      await().atMost(WAIT).untilAsserted(() -> assertThat(api.get("/status", api.token("probe")).body())
          .contains("\"fills\":1"));

      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      browser.get("http://127.0.0.1:" + api.service.port() + "/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")))
          .sendKeys(api.token("dashboard-operator"));
      browser.findElement(By.id("token-save")).click();

      wait.until(ExpectedConditions.textToBe(By.id("trading-state"), "RUNNING"));
      wait.until(ExpectedConditions.textToBe(By.id("stream-state"), "live"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("positions"),
          EventSamples.TICKER.value()));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signals"), "fair-value-edge"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trades"), "buy yes"));
      assertThat(browser.findElement(By.id("equity")).getText()).isEqualTo("$1,000.02");

      browser.findElement(By.id("btn-pause")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "pause: sent (PauseTrading)"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("last-command"),
          "PauseTrading by dashboard-operator"));
      await().atMost(WAIT).untilAsserted(() -> assertThat(api.controlCommands()).hasSize(1));
      ControlCommand pause = api.controlCommands().get(0);
      assertThat(pause).isInstanceOf(ControlCommand.PauseTrading.class);
      assertThat(pause.issuedBy()).isEqualTo("dashboard-operator");
      assertThat(((ControlCommand.PauseTrading) pause).reason()).isEqualTo("paused from the dashboard");

      // risk answers a pause with a snapshot that says so; the page shows it from the live stream
      api.publish(api.topics.portfolio(), EventSamples.portfolioSnapshot());
      wait.until(ExpectedConditions.textToBe(By.id("trading-state"), "PAUSED"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("breakers"), "consecutive_losses"));
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Path shot = Path.of("target", "dashboard-e2e.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, png);

      browser.findElement(By.id("btn-resume")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "resume: sent (ResumeTrading)"));
      await().atMost(WAIT).untilAsserted(() -> assertThat(api.controlCommands()).hasSize(2));
      List<ControlCommand> commands = api.controlCommands();
      assertThat(commands.get(1)).isInstanceOf(ControlCommand.ResumeTrading.class);
      assertThat(commands.get(1).issuedBy()).isEqualTo("dashboard-operator");
    } finally {
      browser.quit();
      api.close();
    }
  }
}
