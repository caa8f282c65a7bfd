package io.mutualplan.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver with Selenium: pages loaded
 * from files, with JavaScript on or off, their console read, screenshots taken and pages printed
 * to PDF through the DevTools protocol.
 *
 * <p>Selenium is given both programs' paths, so it never starts Selenium Manager (which would try
 * to download a browser). Chromium starts with a fresh profile and without any of its background
 * network traffic: the build machines have no network but the package registries.
 */
final class Chromium implements AutoCloseable {
  /** The browser; {@code -Dmap.chromium=...} names another. */
  static final Path BROWSER = Path.of(System.getProperty("map.chromium", "/usr/bin/chromium"));

  /** Its driver; {@code -Dmap.chromedriver=...} names another. */
  static final Path DRIVER =
      Path.of(System.getProperty("map.chromedriver", "/usr/bin/chromedriver"));

  /**
   * Selenium's own logger, kept here so that its level holds: Selenium warns at every start that
   * it has no DevTools bindings for this Chromium version, which the test does not use (it sends
   * DevTools commands through ChromeDriver).
   */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  /** The window's width: a laptop screen's. */
  static final int WIDTH = 1280;

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether Chromium and ChromeDriver are installed where the test looks for them. */
  static boolean installed() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** Where the browser tests leave their pages, screenshots and PDFs, to look at. */
  static final Path FOLDER = Path.of("target", "chromium").toAbsolutePath();

  /**
   * Starts the browser with a new profile under {@link #FOLDER}, or skips the test class, with an
   * assumption saying why, when Chromium or ChromeDriver is not installed.
   */
  static Chromium startOrSkip() throws IOException {
    Assumptions.assumeTrue(installed(), "Chromium or ChromeDriver is not"
        + " installed at " + BROWSER + " and " + DRIVER
        + " (apt-get install chromium chromium-driver; .ci/run does)");
    Files.createDirectories(FOLDER);
    return start(FOLDER);
  }

  /** Writes a page into {@link #FOLDER} as {@code name.html}. */
  static Path write(String name, String html) throws IOException {
    Path file = FOLDER.resolve(name + ".html");
    Files.writeString(file, html);
    return file;
  }

  /** Starts the browser with a new, empty profile under {@code workspace}. */
  static Chromium start(Path workspace) throws IOException {
    SELENIUM.setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory(workspace, "profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=" + WIDTH + ",1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // An alert that a page opened must stay open for the test to see, not be dismissed.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort()
        .build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  /** The Selenium driver, for what this class does not wrap. */
  ChromeDriver driver() {
    return driver;
  }

  /**
   * Loads a page from a file, with JavaScript on or off, after emptying the console log. With
   * JavaScript off the page's scripts do not run; the DevTools protocol still works.
   */
  void open(Path file, boolean javaScript) {
    driver.manage().logs().get(LogType.BROWSER); // read, and so emptied
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled",
        Map.of("value", !javaScript));
    driver.get(file.toUri().toString());
  }

  /** A phone's screen width, in CSS pixels: an iPhone's since the 12, and many Androids'. */
  static final int PHONE_WIDTH = 390;

  /**
   * Lays pages out on a screen {@code width} pixels wide from now on, as a phone's browser does
   * for a page that asks for the device's width; {@link #laptopScreen()} goes back.
   */
  void screenWidth(int width) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Lays pages out in the window again, {@link #WIDTH} pixels wide. */
  void laptopScreen() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** The console's errors and warnings since the page was opened. */
  List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .collect(Collectors.toList());
  }

  /** A PNG of the whole page, not just the window, at the given scale. */
  byte[] screenshot(double scale) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = ((Number) size.get("height")).doubleValue();
    Map<String, Object> clip =
        Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", scale);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** The page printed to PDF as a browser prints it: page size from the page's own CSS. */
  byte[] printToPdf() {
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    return Base64.getDecoder().decode((String) pdf.get("data"));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
