package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A counter clerk's morning, in a real headless Chromium: log in, find a resident by identity
 * number, see household and history, print the register extract and get a PDF with Chinese text in
 * an embedded font, switch to English; and a name with a character the font lacks is refused with
 * the character named, not printed without it.
 */
class CounterBrowserIT extends BrowserTest {

  @Test
  void clerkFindsResidentSeesHouseholdPrintsExtractAndSwitchesToEnglish() throws Exception {
    login("clerk.dongzhuang");
    browser.get(base + "registry/lookup.xhtml");
    assertThat(browser.getTitle()).contains("户籍查询");

    // find by name first, read the full identity number from the record, then search by it
    search("郑建珍");
    String residentId =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record:recordResidentId")))
            .getText();
    assertThat(residentId).hasSize(18);
    var shownBefore = browser.findElement(By.id("record:recordName"));
    search(residentId);
    // the record is re-rendered by the search: wait for the new one, not the one still shown
    wait.until(ExpectedConditions.stalenessOf(shownBefore));
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), "郑建珍"));
    String page = browser.findElement(By.id("record")).getText();
    assertThat(page).contains("户内成员", "户主", "变更更正记录", residentId);

    browser.findElement(By.id("record:printExtract")).click();
    // the text read back, Noto Sans SC embedded
    assertThat(chromium.downloadedPdfText())
        .contains("常住人口登记表", "郑建珍", residentId)
        .containsPattern("RE-\\d{8}-[0-9A-Z]{8}");

    browser.findElement(By.id("headerForm:langEn")).click();
    wait.until(ExpectedConditions.titleContains("Register lookup"));
    assertThat(browser.findElement(By.id("record")).getText())
        .contains("Household members", "Identity number");
  }

  @Test
  void aNameTheFontCannotDrawIsRefusedWithTheCharacterNamed() throws Exception {
    login("clerk.dongzhuang");
    browser.get(base + "registry/lookup.xhtml");
    // ChromeDriver cannot type characters outside the BMP; set the field as a paste would
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('search:query').value = arguments[0]", "陈𠮷祥");
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), "陈𠮷祥"));
    browser.findElement(By.id("record:printExtract")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "U+20BB7"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("姓名", "𠮷", "未生成");
    Thread.sleep(1000);
    assertThat(chromium.nothingNewDownloaded()).as("no PDF may be produced").isTrue();
  }

  @Test
  void aNameChangeGoesFromTheCounterThroughStationAndBranchToTheRegister() throws Exception {
    login("clerk.dongzhuang");
    browser.get(base + "registry/lookup.xhtml");
    search("陈秋菊");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("record:applyChange"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("change:personName"), "陈秋菊"));
    next();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[text()='姓名']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.new-value")))
        .sendKeys("陈秋桔");
    next();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change:reason")));
    for (var label : browser.findElements(By.cssSelector("#change\\:seen label"))) {
      label.click();
    }
    browser.findElement(By.id("change:reason")).sendKeys("本人申请改名");
    browser.findElement(By.id("change:submit")).click();
    String no =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptanceNo"))).getText();
    assertThat(no).matches("350305101-\\d{4}-\\d{6}");

    for (String approver : List.of("head.dongzhuang", "approver.xiuyu")) {
      login(approver);
      browser.get(base + "household/worklist.xhtml");
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(no))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("case:take"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case:opinion")))
          .sendKeys("同意");
      browser.findElement(By.id("case:approve")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case:opinion")));
    }
    assertThat(browser.findElement(By.id("case:caseStatus")).getText()).isEqualTo("已批准");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("户口登记已变更");

    browser.findElement(By.id("case:printApplication")).click();
    assertThat(chromium.downloadedPdfText()).contains("户口登记项目变更更正申请审批表", "陈秋菊", "陈秋桔", no, "同意");

    login("clerk.dongzhuang");
    browser.get(base + "registry/lookup.xhtml");
    search("陈秋桔");
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), "陈秋桔"));
    assertThat(browser.findElement(By.id("record")).getText()).contains("陈秋菊", no);
  }

  /**
   * The page keeps in step with the session's idle limit (here shortened to 20 s for the test by
   * {@link SessionIdle}; 30 minutes in service): typing without sending anything keeps the session,
   * a page left alone warns with a countdown and its button keeps the session, and a page left
   * alone to the end leaves for the login page, which says why and returns to the page after login.
   */
  @Test
  void aPageLeftAloneWarnsThenLogsOutButTypingKeepsTheSession() throws Exception {
    login("clerk.dongzhuang");
    String page = base + "registry/lookup.xhtml?" + SessionIdle.SHORTEN_PARAMETER + "=20";
    browser.get(page);
    assertThat(browser.findElement(By.id("sessionClock")).getDomAttribute("data-limit"))
        .isEqualTo("20");
    By warning = By.id("sessionForm:sessionWarning");

    // typing for longer than the limit, without a request of the page's own
    var field = browser.findElement(By.id("search:query"));
    for (int i = 0; i < 24; i++) {
      field.sendKeys(i % 2 == 0 ? "z" : Keys.BACK_SPACE.toString());
      Thread.sleep(1_000);
      assertThat(browser.getCurrentUrl()).as("logged out while typing").isEqualTo(page);
      assertThat(browser.findElement(warning).isDisplayed()).as("warned while typing").isFalse();
    }
    search("郑建珍");
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), "郑建珍"));

    // left alone: the countdown, and the button that keeps the session
    var dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(warning));
    assertThat(dialog.getText()).contains("秒后自动退出登录", "继续工作");
    browser.findElement(By.id("sessionForm:sessionStay")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(warning));
    assertThat(browser.getCurrentUrl()).isEqualTo(page);
    // past the moment the session would have ended without the button, it still holds
    Thread.sleep(8_000);
    assertThat(browser.getCurrentUrl()).isEqualTo(page);
    search("林志华");
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), "林志华"));

    // left alone to the end: the login page says why, and leads back after login
    wait.withTimeout(java.time.Duration.ofSeconds(40))
        .until(ExpectedConditions.urlContains("login.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("登录已失效");
    browser.findElement(By.id("login:username")).sendKeys("clerk.dongzhuang");
    browser.findElement(By.id("login:password")).sendKeys("demo1234");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.urlToBe(page));
    assertThat(browser.findElement(By.id("search:query")).isDisplayed()).isTrue();
  }

  private void next() {
    browser.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
  }

  private void login(String user) {
    chromium.login(base, user);
  }

  private void search(String query) {
    var field = browser.findElement(By.id("search:query"));
    field.clear();
    field.sendKeys(query);
    browser.findElement(By.id("search:searchButton")).click();
  }
}
