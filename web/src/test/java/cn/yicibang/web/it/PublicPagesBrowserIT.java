package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.registry.ResidentId;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The codes printed on forms, decoded out of the PDFs as a phone would, lead to public pages a
 * citizen opens without logging in: the receipt's code to the case's progress (after the last four
 * characters of the identity number), a form's code to its verification, which says when the form
 * was printed again or the application refused since. Each on the address the clerk reached the
 * server by; nothing personal on any of them.
 */
class PublicPagesBrowserIT extends BrowserTest {

  private static final String CLERK = "clerk.dongzhuang";
  private static final String DONGQIN_UNIT = "350305101201001001";

  @Test
  void eachPrintedCodeOpensItsPublicPageOnTheAddressTheClerkUsed() throws Exception {
    // a newcomer from Fuzhou; the address proof for a new household is not brought yet
    String id = newcomer();
    HttpResponse<String> taken =
        takeIn(id, "[\"MIGRATION_CERT\",\"ID_CARD\",\"MOVE_REASON_PROOF\"]");
    // the case, by the address it was created under (its id until it has its number)
    String location = taken.headers().firstValue("Location").orElseThrow();
    String caseId = location.substring(location.lastIndexOf('/') + 1);
    assertThat(field(taken.body(), "status")).isEqualTo("AWAITING_MATERIALS");

    byte[] first = pdf("api/household-changes/" + caseId + "/forms/supplement-notice.pdf");
    byte[] second = pdf("api/household-changes/" + caseId + "/forms/supplement-notice.pdf");
    String firstCode = PrintedCodes.qr(first);
    String secondCode = PrintedCodes.qr(second);
    assertThat(firstCode).startsWith(base + "public/verify.xhtml?ref=").isNotEqualTo(secondCode);

    // the later print counts; the earlier one says so
    browser.get(secondCode);
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:result")))
                .getText())
        .contains("补正材料告知书", "东庄派出所", "有效")
        .doesNotContain("陈浩宇", id);
    browser.get(firstCode);
    String reference = secondCode.substring(secondCode.indexOf("ref=") + 4);
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:result")))
                .getText())
        .contains("补正材料告知书", "此后已重新打印", reference);

    // the materials brought, the case is accepted: its receipt's code leads to its progress
    HttpResponse<String> supplied =
        Http.post(
            uri("api/household-changes/" + caseId + "/materials"),
            CLERK,
            "[\"ADDRESS_PROOF\"]",
            null);
    assertThat(supplied.statusCode()).as(supplied.body()).isEqualTo(200);
    String no = field(supplied.body(), "acceptanceNo");
    byte[] receipt = pdf("api/household-changes/" + no + "/forms/receipt.pdf");
    String progress = PrintedCodes.qr(receipt);
    assertThat(progress).isEqualTo(base + "public/status.xhtml?no=" + no);
    // printed as text too, on a line of its own: never broken inside
    assertThat(PrintedCodes.lines(receipt)).contains(progress);

    browser.get(progress);
    var tail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status:idTail")));
    assertThat(browser.findElement(By.id("status:no")).getAttribute("value")).isEqualTo(no);
    tail.sendKeys("0000".equals(id.substring(14)) ? "1111" : "0000");
    browser.findElement(By.id("status:look")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "没有查到"));
    tail = browser.findElement(By.id("status:idTail"));
    tail.clear();
    tail.sendKeys(id.substring(14));
    browser.findElement(By.id("status:look")).click();
    String shown =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status:caseResult")))
            .getText();
    assertThat(shown).contains("迁入", "审批中", no).doesNotContain("陈浩宇", id);

    // refused afterwards: the notice printed for it says so
    HttpResponse<String> refused =
        Http.post(
            uri("api/household-changes/" + no + "/decisions"),
            "head.dongzhuang",
            "{\"kind\":\"REFUSE\",\"refusalGround\":\"FALSE_MATERIAL\",\"opinion\":\"迁移证经核查不真实\"}",
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    browser.get(secondCode);
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:result")))
                .getText())
        .contains("决定不予办理");
  }

  @Test
  void scanningAReceiptIntoTheHeaderFieldOpensItsCase() throws Exception {
    String id = newcomer();
    HttpResponse<String> taken = takeIn(id, ALL_MATERIALS);
    String no = field(taken.body(), "acceptanceNo");
    byte[] receipt = pdf("api/household-changes/" + no + "/forms/receipt.pdf");

    chromium.login(base, CLERK);
    browser.get(base + "index.xhtml");
    // a scanner types what the QR code says and presses Enter
    scan(PrintedCodes.qr(receipt));
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case:caseNo")))
                .getText())
        .isEqualTo(no);
    // the bar code, from the case page itself
    scan(PrintedCodes.code128(receipt));
    wait.until(ExpectedConditions.textToBe(By.id("case:caseNo"), no));
    // registered once approved, the newcomer's identity number opens their record
    HttpResponse<String> approved =
        Http.post(
            uri("api/household-changes/" + no + "/decisions"),
            "head.dongzhuang",
            "{\"kind\":\"APPROVE\",\"opinion\":\"同意迁入\"}",
            null);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    scan(id);
    wait.until(ExpectedConditions.textToBe(By.id("record:recordResidentId"), id));
    // the station's list, read a page at a time from the database, finds it by its number
    browser.get(base + "household/mine.xhtml");
    var find = wait.until(ExpectedConditions.elementToBeClickable(By.id("filter:text")));
    find.sendKeys(no);
    browser.findElement(By.id("filter:apply")).click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#list\\:mine_data tr a.case-link"), 1));
    assertThat(browser.findElement(By.cssSelector("#list\\:mine_data tr a.case-link")).getText())
        .isEqualTo(no);
    // and sorts by a column on the server: ascending numbers
    find = browser.findElement(By.id("filter:text"));
    find.clear();
    browser.findElement(By.id("filter:apply")).click();
    chromium.settle();
    browser.findElement(By.xpath("//th[.//span[normalize-space()='受理编号']]")).click();
    chromium.settle();
    java.util.List<String> numbers =
        browser.findElements(By.cssSelector("#list\\:mine_data tr a.case-link")).stream()
            .map(org.openqa.selenium.WebElement::getText)
            .filter(t -> t.matches("\\d{9}-\\d{4}-\\d{6}"))
            .toList();
    assertThat(numbers).isNotEmpty().isSorted();

    // what is no number Yicibang prints is answered, in place
    scan("ABC-123");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "不是本系统打印的编号"));
    // another station's clerk cannot open it
    chromium.login(base, "clerk.yuetang");
    browser.get(base + "index.xhtml");
    scan(no);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "没有找到"));
  }

  @Test
  void aDepartmentReadsItsInboxInWordsAndOpensTheWholeNumberOnlyOnPurpose() throws Exception {
    String id = newcomer();
    HttpResponse<String> taken = takeIn(id, ALL_MATERIALS);
    String no = field(taken.body(), "acceptanceNo");
    HttpResponse<String> approved =
        Http.post(
            uri("api/household-changes/" + no + "/decisions"),
            "head.dongzhuang",
            "{\"kind\":\"APPROVE\",\"opinion\":\"同意迁入\"}",
            null);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

    chromium.login(base, "officer.medins");
    browser.get(base + "exchange/department.xhtml");
    By row = By.xpath("//tr[td[normalize-space()='" + no + "']]");
    String line = wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText();
    assertThat(line).contains("迁入", "陈浩宇", "待办理");
    browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
    By reading = By.cssSelector("table.ycb-reading");
    String masked;
    try {
      masked = wait.until(ExpectedConditions.visibilityOfElementLocated(reading)).getText();
    } catch (org.openqa.selenium.TimeoutException e) {
      chromium.screenshot("inbox-failure");
      throw e;
    }
    LocalDate born = ResidentId.of(id).birthDate();
    assertThat(masked)
        .contains("姓名 陈浩宇", "性别 男", "民族 汉族", ResidentId.of(id).masked(), "受理编号 " + no)
        .doesNotContain(id, born.toString(), "MALE", "{");
    // the whole number, on purpose
    browser.findElement(By.cssSelector("[id$=':openWhole']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(reading, id));

    // in English: the same notification, in English words, still whole as it was opened
    browser.findElement(By.id("headerForm:langEn")).click();
    wait.until(ExpectedConditions.titleContains("Department"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText())
        .contains("Move in", "To do");
    if (browser.findElements(reading).stream().noneMatch(e -> e.isDisplayed())) {
      browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
    }
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(reading)).getText())
        .contains("Name 陈浩宇", "Sex Male", "Ethnicity", id)
        .doesNotContain("姓名", "性别");
  }

  private void scan(String text) {
    var field = wait.until(ExpectedConditions.elementToBeClickable(By.id("goForm:goTo")));
    field.clear();
    field.sendKeys(text + org.openqa.selenium.Keys.ENTER);
  }

  private static final String ALL_MATERIALS =
      "[\"MIGRATION_CERT\",\"ID_CARD\",\"MOVE_REASON_PROOF\",\"ADDRESS_PROOF\"]";

  /** The newcomer's move in, taken at the Dongzhuang counter with these materials seen. */
  private HttpResponse<String> takeIn(String id, String materials) throws Exception {
    HttpResponse<String> taken = Http.post(uri("api/moves/in"), CLERK, moveIn(id, materials), null);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    return taken;
  }

  private static String newcomer() {
    LocalDate born = LocalDate.of(1990, 3, 1 + ThreadLocalRandom.current().nextInt(27));
    return ResidentId.issue("350102", born, 1 + 2 * ThreadLocalRandom.current().nextInt(400))
        .value();
  }

  /**
   * One string member of a JSON answer (a browser test runs outside the server, without a JSON
   * provider on its class path).
   */
  private static String field(String json, String name) {
    var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(1);
  }

  private byte[] pdf(String path) throws Exception {
    HttpResponse<byte[]> r = Http.bytes(uri(path), CLERK);
    assertThat(r.statusCode())
        .as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    return r.body();
  }

  private static String moveIn(String id, String materials) {
    return "{\"residentId\":\""
        + id
        + "\",\"name\":\"陈浩宇\",\"ethnicity\":\"01\","
        + "\"origin\":\"福建省福州市鼓楼区五四路100号\",\"certificateNo\":\"FZ2026"
        + id.substring(14)
        + "\",\"certificateAuthority\":\"福州市公安局鼓楼分局\",\"newAddress\":\"东庄镇东沁村海滨路7号\","
        + "\"newDivision\":\""
        + DONGQIN_UNIT
        + "\",\"relation\":\"HEAD\",\"applicantRelation\":\"SELF\","
        + "\"applicantName\":\"陈浩宇\",\"applicantResidentId\":\""
        + id
        + "\",\"reason\":\"工作调动\",\"materialsSeen\":"
        + materials
        + "}";
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
