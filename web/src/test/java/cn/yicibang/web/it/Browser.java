package cn.yicibang.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by ChromeDriver, as the browser tests use it: a fresh profile,
 * downloads saved to a folder of its own (PDFs are read back from there), log in as a demo user.
 * Without the browser the test is skipped, or fails where everything must run (CI).
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;
  final WebDriverWait wait;
  private final Path downloads;
  private final Path profile;
  private final Set<Path> seen = new HashSet<>();

  private Browser(WebDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.downloads = downloads;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      String message =
          "Browser test SKIPPED: no "
              + CHROMIUM
              + " / "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver; .ci/run does)";
      System.out.println("*** " + message);
      // CI installs everything (YICIBANG_TEST_REQUIRE_ALL=true in .ci/run): a skip there would
      // hide a missing install step behind a green run
      if ("true".equals(System.getenv("YICIBANG_TEST_REQUIRE_ALL"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    Path downloads = Files.createTempDirectory("ycb-downloads");
    Path profile = Files.createTempDirectory("ycb-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1400,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    // the console is read after each test: a script the page's policy blocked, or one that threw,
    // is a broken page even when the test's clicks happened to work
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // headless Chromium saves downloads only where the DevTools protocol says so
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return new Browser(chrome, downloads, profile);
  }

  /** Logs in on the login page; a user logged in before is logged out first. */
  void login(URL base, String user) {
    driver.manage().deleteAllCookies();
    driver.get(base + "login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys("demo1234");
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:currentUser")));
  }

  /** The next PDF the browser saved (one not returned before); fails with a screenshot. */
  Path awaitDownload() throws InterruptedException, IOException {
    for (int i = 0; i < 120; i++) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> pdfs =
            files
                .filter(f -> f.toString().endsWith(".pdf"))
                .filter(f -> !seen.contains(f))
                .toList();
        if (!pdfs.isEmpty()) {
          seen.add(pdfs.get(0));
          return pdfs.get(0);
        }
      }
      Thread.sleep(250);
    }
    screenshot("browser-failure");
    throw new AssertionError("no PDF downloaded to " + downloads);
  }

  /** Whether nothing has been downloaded that was not returned before. */
  boolean nothingNewDownloaded() throws IOException {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.allMatch(seen::contains);
    }
  }

  /** The next downloaded PDF's text, after checking Noto Sans SC is embedded in it. */
  String downloadedPdfText() throws InterruptedException, IOException {
    try (PDDocument document = Loader.loadPDF(awaitDownload().toFile())) {
      PDPage first = document.getPage(0);
      boolean embedded = false;
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        embedded |= font.isEmbedded() && font.getName().contains("NotoSansSC");
      }
      if (!embedded) {
        throw new AssertionError("Noto Sans SC is not embedded in the downloaded form");
      }
      return new PDFTextStripper().getText(document);
    }
  }

  /** Waits until the page has loaded and PrimeFaces has no AJAX request left in flight. */
  void settle() {
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery ||"
                            + " jQuery.active === 0);"));
  }

  /**
   * What the browser's console reported since the last call as a blocked or failed script: a
   * violation of the Content-Security-Policy or an uncaught JavaScript error.
   */
  List<String> scriptProblems() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
        .toList();
  }

  /** Saves what the browser shows to target/, to see why a test failed. */
  void screenshot(String name) throws IOException {
    Files.write(
        Path.of("target/" + name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(Path.of("target/" + name + ".html"), driver.getPageSource());
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    for (Path dir : new Path[] {downloads, profile}) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
