package io.finnexus.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officers' UI in real headless Chromium (Debian's chromium + chromium-driver): an officer
 * filters the queue, opens an alert, sees its explanation and closes it as a false positive; a
 * supervisor approves a SAR another officer prepared. Screenshots land in target/screenshots.
 * Skipped, with the reason, where no chromium/chromedriver binary is installed.
 */
class BrowserIT extends ApiTestSupport {

  static final String CHROMIUM = System.getProperty("finnexus.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("finnexus.chromedriver", "/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired AlertUpserter upserter;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    Assumptions.assumeTrue(
        new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "no headless browser: install Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + DRIVER
            + ")");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficerClosesAFalsePositiveAndASupervisorApprovesAnotherOfficersSar() throws Exception {
    String customer = "UI-" + UUID.randomUUID().toString().substring(0, 8);
    String cycleId = customer + "-CYCLE";
    upserter.upsert(
        List.of(
            TestAlerts.cycle(cycleId, customer, Instant.now().minusSeconds(60), 0.93),
            TestAlerts.structuring(
                customer + "-STRUCT", customer, Instant.now().minusSeconds(30), 0.61),
            TestAlerts.structuring(
                customer + "-SAR", customer, Instant.now().minusSeconds(10), 0.85)));
    // officer2 prepares a SAR through the API
    ApiClient officer2 = as("officer2");
    String caseId =
        officer2
            .post(
                "/cases",
                Map.of(
                    "title",
                    "Structuring ring " + customer,
                    "alertIds",
                    List.of(customer + "-SAR")))
            .json()
            .get("caseId")
            .asString();
    officer2.post(
        "/cases/" + caseId + "/disposition",
        Map.of(
            "disposition", "sar_filed", "narrative", "Nine deposits below threshold in two days."));

    login("officer");
    shot("01-queue");
    browser.findElement(By.id("filter-typology")).sendKeys("CYCLE");
    browser.findElement(By.id("filter-customer")).sendKeys(customer);
    browser.findElement(By.id("filter-apply")).click();
    wait.until(d -> d.findElements(By.cssSelector("#queue-body tr[data-id]")).size() == 1);
    assertThat(
            browser.findElement(By.cssSelector("#queue-body tr[data-id]")).getAttribute("data-id"))
        .isEqualTo(cycleId);
    shot("02-queue-filtered");

    browser.findElement(By.linkText(cycleId)).click();
    WebElement chart =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feature-chart")));
    assertThat(chart.findElements(By.cssSelector("rect.bar-value"))).hasSize(3);
    assertThat(chart.getText()).contains("cycle_length").contains("amount_zscore_30d");
    assertThat(browser.findElement(By.id("flow-path")).getText())
        .contains("ACC-B-7")
        .contains("cycle of 3 accounts");
    assertThat(browser.findElement(By.id("alert-summary")).getText()).contains("Round-tripping");
    shot("03-alert-explanation");

    browser.findElement(By.id("close-reason")).sendKeys("Known family transfers");
    browser.findElement(By.id("close-fp")).click();
    wait.until(ExpectedConditions.textToBe(By.id("alert-status"), "CLOSED"));
    shot("04-alert-closed");

    browser.findElement(By.id("logout")).click();
    login("supervisor");
    browser.get(base() + "/ui/index.html#/cases/" + caseId);
    wait.until(ExpectedConditions.textToBe(By.id("case-status"), "PENDING_APPROVAL"));
    shot("05-sar-pending");
    browser.findElement(By.id("approve-sar")).click();
    wait.until(ExpectedConditions.textToBe(By.id("case-status"), "CLOSED"));
    assertThat(browser.findElement(By.id("case-disposition")).getText()).contains("sar_filed");
    assertThat(browser.findElement(By.id("case-approver")).getText()).contains("supervisor");
    shot("06-sar-approved");

    var check = as("officer").get("/alerts/" + cycleId).json();
    assertThat(check.at("/alert/disposition").asString()).isEqualTo("false_positive");
    assertThat(check.at("/closedBy").asString()).isEqualTo("officer");
  }

  @Test
  void thePreparerSeesTheFourEyesNoteInsteadOfAnApproveButton() throws Exception {
    String customer = "UI-" + UUID.randomUUID().toString().substring(0, 8);
    upserter.upsert(List.of(TestAlerts.structuring(customer + "-1", customer, Instant.now(), 0.9)));
    ApiClient supervisor = as("supervisor");
    String caseId =
        supervisor
            .post("/cases", Map.of("title", "Self-prepared", "alertIds", List.of(customer + "-1")))
            .json()
            .get("caseId")
            .asString();
    supervisor.post(
        "/cases/" + caseId + "/disposition", Map.of("disposition", "sar_filed", "narrative", "n"));
    login("supervisor");
    browser.get(base() + "/ui/index.html#/cases/" + caseId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("four-eyes-note")));
    assertThat(browser.findElements(By.id("approve-sar"))).isEmpty();
    shot("07-four-eyes-note");
  }

  private void login(String user) {
    browser.get(base() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("finnexus-demo");
    browser.findElement(By.id("login-btn")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private void shot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
