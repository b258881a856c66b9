package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.demo.DemoYoungFamily;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A newborn's bundle (出生一件事) in a real headless Chromium, the way the hall and the departments work
 * it: the hall clerk picks the bundle, checks eligibility on the parents' identity numbers (the
 * register fills in the rest), prints the one-time notification, fills the one form once (a wrong
 * telephone number is marked on its field), prints it, ticks the materials, submits and prints the
 * receipt. Each department then finds its part in its own list only once the parts it waits for are
 * done, and completes it; the police part is the station's own birth registration, which the
 * station head approves; the hall prints the completion notice, and the public page shows the
 * bundle done without naming anyone. Every PDF is read back, with the Chinese font embedded.
 */
class BundleBrowserIT extends BrowserTest {

  private static final String CHILD = "林沐晴";

  @Test
  void aHallClerkRunsABirthBundleAndEachDepartmentDoesItsPartInTurn() throws Exception {
    chromium.login(base, "hall.xiuyu");
    browser.get(base + "bundle/pick.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".pick-BIRTH"))).click();

    // 1. eligibility on what is known: the parents' cards and the birth facts
    type("mother.residentId", DemoYoungFamily.MOTHER_ID);
    type("father.residentId", DemoYoungFamily.FATHER_ID);
    type("applicant.residentId", DemoYoungFamily.MOTHER_ID);
    date("child.birthDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(12));
    choose("birth.inFujian", "是");
    click(By.id("apply:check"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rules li.rule-PASS"), 3));
    click(By.id("apply:toNotice"));

    // 2. the one-time notification, printed before anything is brought
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:materials")));
    List<String> materials =
        browser.findElements(By.cssSelector("#apply\\:materials tbody tr td:nth-child(2)")).stream()
            .map(WebElement::getText)
            .toList();
    // the bundle's seven, and the statement the station asks only of a late declaration
    assertThat(materials).hasSize(8).doesNotHaveDuplicates();
    assertThat(browser.findElement(By.id("apply:materials")).getText())
        .contains("逾期申报出生登记的情况说明", "超过30日申报时");
    browser.findElement(By.id("apply:printNotice")).click();
    String notice = chromium.downloadedPdfText().replaceAll("\\s", "");
    assertThat(notice).contains("一次性告知书", "出生一件事");
    for (String m : materials) {
      assertThat(notice).contains(m.replaceAll("\\s", ""));
    }
    click(By.id("apply:toForm"));

    // 3. the one form: the register has filled in the parents; the rest is typed once
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("child.name")));
    assertThat(field("mother.name", "value")).isEqualTo(DemoYoungFamily.MOTHER);
    assertThat(field("father.name", "value")).isEqualTo(DemoYoungFamily.FATHER);
    assertThat(field("mother.householdNo", "value")).isEqualTo(DemoYoungFamily.HOUSEHOLD_NO);
    type("child.name", CHILD);
    choose("child.sex", "女");
    type("child.birthplace", "福建省莆田市秀屿区");
    type("child.ethnicity", "汉族");
    type("child.householdNo", DemoYoungFamily.HOUSEHOLD_NO);
    type("birth.facility", "莆田市秀屿区医院");
    type("applicant.phone", "0594-12");
    type("bank.name", "中国农业银行莆田秀屿支行");
    type("bank.account", "6228480598712345678");
    click(By.id("apply:checkForm"));
    WebElement problem =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//*[@data-key='applicant.phone']/ancestor::div[contains(@class,'ycb-field')]"
                        + "//*[contains(@class,'ycb-field-problem')]")));
    assertThat(problem.getText()).contains("联系电话");
    assertThat(field("child.name", "value")).as("what was typed is kept").isEqualTo(CHILD);
    clear("applicant.phone");
    type("applicant.phone", "13859012345");
    click(By.id("apply:checkForm"));

    // 4. materials seen, the form printed for signature, submitted
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:materialsSeen")));
    browser.findElement(By.id("apply:printForm")).click();
    assertThat(chromium.downloadedPdfText())
        .contains(CHILD, DemoYoungFamily.MOTHER, DemoYoungFamily.FATHER, "13859012345", "莆田市秀屿区医院");
    for (WebElement label : browser.findElements(By.cssSelector("#apply\\:materialsSeen label"))) {
      label.click();
    }
    click(By.id("apply:submit"));

    // 5. the receipt
    String no =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:trackingNo")))
            .getText();
    assertThat(no).startsWith("YJ");
    browser.findElement(By.id("apply:printReceipt")).click();
    assertThat(chromium.downloadedPdfText()).contains(no, "出生一件事", DemoYoungFamily.MOTHER);

    // the departments, in the catalogue's order: nobody sees a part before it can start
    parts("officer.medins", no);
    assertThat(rowOf(no, "MEDINS_ENROL")).isEmpty();
    assertThat(rowOf(no, "MATERNITY")).isEmpty();
    complete("officer.health", no, "BIRTH_CERT", "出生医学证明 Q350305260088");
    complete("officer.health", no, "VACCINATION", "预防接种证 350305-26-1043");
    approveBirthAtTheStation();
    complete("officer.medins", no, "MEDINS_ENROL", "参保登记 YB2026110457");
    complete("officer.medins", no, "MATERNITY", "生育医疗费用报销 3,186.40 元");
    parts("officer.hrss", no);
    assertThat(rowOf(no, "SOCIAL_CARD")).isNotEmpty();
    complete("officer.hrss", no, "SOCIAL_CARD", "社会保障卡 F35030526001");

    // the hall sees it done and prints the notice of completion
    chromium.login(base, "hall.xiuyu");
    browser.get(base + "bundle/detail.xhtml?no=" + no);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail:bundleStatus")));
    assertThat(browser.findElements(By.cssSelector("#detail\\:tasks .task-COMPLETED"))).hasSize(6);
    browser.findElement(By.id("detail:printCompletion")).click();
    String completion = chromium.downloadedPdfText().replaceAll("\\s", "");
    assertThat(completion).contains(no, "社会保障卡F35030526001", "参保登记YB2026110457");

    // the public page: nothing without the right tail, then each part done and no name anywhere
    browser.manage().deleteAllCookies();
    browser.get(base + "public/status.xhtml");
    String tail = DemoYoungFamily.MOTHER_ID.substring(14);
    String wrong = tail.startsWith("9") ? "1" + tail.substring(1) : "9" + tail.substring(1);
    look(no, wrong);
    // said once, in the page's messages
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li")));
    assertThat(browser.findElements(By.cssSelector(".ui-messages li"))).hasSize(1);
    assertThat(browser.findElements(By.id("status:parts"))).isEmpty();
    look(no, tail);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status:parts")));
    assertThat(browser.findElements(By.cssSelector("#status\\:parts .task-COMPLETED"))).hasSize(6);
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("出生医学证明签发", "社会保障卡申领");
    assertThat(page)
        .doesNotContain(
            DemoYoungFamily.MOTHER, DemoYoungFamily.FATHER, CHILD, DemoYoungFamily.MOTHER_ID);
  }

  /**
   * The police part is the station's own birth registration, filled from the one form and the
   * certificate the health bureau issued: the station head finds it in the approval work list,
   * takes and approves it, and prints the declaration with the newborn's new identity number.
   */
  private void approveBirthAtTheStation() throws Exception {
    chromium.login(base, "head.dongzhuang");
    browser.get(base + "household/worklist.xhtml");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//tr[contains(., '" + CHILD + "')]//a[contains(@class, 'case-link')]")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("case:take"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case:opinion")))
        .sendKeys("经核查，同意登记");
    browser.findElement(By.id("case:approve")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case:opinion")));
    assertThat(browser.findElement(By.id("case:caseStatus")).getText()).isEqualTo("已批准");
    String issued = browser.findElement(By.id("case:personResidentId")).getText();
    assertThat(issued).startsWith("350305").contains("*");
    browser.findElement(By.id("case:printBirthDeclaration")).click();
    String declaration = chromium.downloadedPdfText();
    assertThat(declaration)
        .contains("出生登记申报表", CHILD, "Q350305260088", DemoYoungFamily.MOTHER, "经核查，同意登记")
        .contains(issued.substring(issued.length() - 4));
  }

  /** Logs in as a department's officer and opens its task list. */
  private void parts(String officer, String no) {
    chromium.login(base, officer);
    browser.get(base + "bundle/tasks.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:list")));
  }

  /** The officer finds the part in the list, accepts it, and completes it with its result. */
  private void complete(String officer, String no, String item, String result) {
    parts(officer, no);
    assertThat(rowOf(no, item)).as(item + " in " + officer + "'s list").isNotEmpty();
    click(rowBy(no, item), By.cssSelector(".accept-" + item));
    wait.until(d -> has(no, item, ".task-ACCEPTED"));
    browser
        .findElement(rowBy(no, item))
        .findElement(By.cssSelector("input.result-" + item))
        .sendKeys(result);
    click(rowBy(no, item), By.cssSelector(".complete-" + item));
    // the row leaves the list of open tasks; the page says what was done
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), result));
    assertThat(rowOf(no, item)).isEmpty();
  }

  /** Whether the part's row shows an element; false while the list is being re-rendered. */
  private boolean has(String no, String item, String css) {
    try {
      List<WebElement> row = rowOf(no, item);
      return !row.isEmpty() && !row.get(0).findElements(By.cssSelector(css)).isEmpty();
    } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
      return false;
    }
  }

  private List<WebElement> rowOf(String no, String item) {
    return browser.findElements(rowBy(no, item));
  }

  private static By rowBy(String no, String item) {
    return By.xpath(
        "//tbody/tr[.//span[normalize-space()='"
            + no
            + "'] and .//span[@data-item='"
            + item
            + "']]");
  }

  private void click(By row, By inRow) {
    browser.findElement(row).findElement(inRow).click();
    settle();
  }

  private void look(String no, String tail) {
    WebElement n = browser.findElement(By.id("status:no"));
    n.clear();
    n.sendKeys(no);
    WebElement t = browser.findElement(By.id("status:idTail"));
    t.clear();
    t.sendKeys(tail);
    click(By.id("status:look"));
  }

  private static By field(String key) {
    return By.cssSelector("[data-key='" + key + "']");
  }

  private String field(String key, String attribute) {
    return browser.findElement(field(key)).getDomProperty(attribute);
  }

  /** Types into a field and leaves it, as a clerk would; an identity number then prefills. */
  private void type(String key, String text) {
    wait.until(ExpectedConditions.elementToBeClickable(field(key))).sendKeys(text, Keys.TAB);
    settle();
  }

  private void clear(String key) {
    browser.findElement(field(key)).clear();
  }

  /** A date picker is set the way the browser's own picker sets it. */
  private void date(String key, LocalDate day) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
            browser.findElement(field(key)),
            day.toString());
  }

  private void choose(String key, String label) {
    browser
        .findElement(
            By.xpath("//*[@data-key='" + key + "']//label[normalize-space()='" + label + "']"))
        .click();
  }

  private void click(By button) {
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    settle();
  }

  private void settle() {
    chromium.settle();
  }
}
