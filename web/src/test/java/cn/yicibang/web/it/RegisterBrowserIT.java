package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.demo.DemoYoungFamily;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A birth at the station counter in a real headless Chromium: the clerk looks the parents up,
 * enters the newborn, ticks the materials the page asks for and double-clicks 提交受理 (one case, not
 * two); prints the declaration; the station head approves it; the case shows its follow-on duty and
 * each department's delivery, and the clerk closes the duty from the station's list.
 */
class RegisterBrowserIT extends BrowserTest {

  private static final String CHILD = "林小满";

  @Test
  void aBirthFromTheCounterToTheRegisterSubmittedOnceOnADoubleClick() throws Exception {
    chromium.login(base, "clerk.dongzhuang");
    browser.get(base + "household/birth.xhtml");
    type("birth:motherId", DemoYoungFamily.MOTHER_ID);
    type("birth:fatherId", DemoYoungFamily.FATHER_ID);
    browser.findElement(By.id("birth:findParents")).click();
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("birth:motherName"), "value", DemoYoungFamily.MOTHER));
    assertThat(browser.findElement(By.id("birth:fatherName")).getAttribute("value"))
        .isEqualTo(DemoYoungFamily.FATHER);
    assertThat(browser.findElement(By.id("birth:applicantId")).getAttribute("value"))
        .as("the mother declares, by default")
        .isEqualTo(DemoYoungFamily.MOTHER_ID);

    type("birth:name", CHILD);
    browser.findElement(By.xpath("//*[@id='birth:sex']//label[text()='女']")).click();
    type("birth:certificateNo", "Q350305261234");
    type(
        "birth:birthDate_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(7).toString());
    // the materials the catalogue asks of this declaration, each ticked as seen
    var boxes = browser.findElements(By.cssSelector("#birth\\:seen .ui-chkbox-box"));
    assertThat(boxes).hasSizeGreaterThanOrEqualTo(5);
    assertThat(browser.findElement(By.id("birth:seen")).getText())
        .contains("出生医学证明", "结婚证")
        .doesNotContain("逾期");
    boxes.forEach(b -> b.click());

    new Actions(browser).doubleClick(browser.findElement(By.id("birth:submit"))).perform();
    wait.until(
        d ->
            !d.findElements(By.id("acceptanceNo")).isEmpty()
                || !d.findElements(By.cssSelector("#messages .ui-messages-error")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#messages .ui-messages-error")))
        .as(browser.findElement(By.tagName("body")).getText())
        .isEmpty();
    String no = browser.findElement(By.id("acceptanceNo")).getText();
    assertThat(no).matches("350305101-\\d{4}-\\d{6}");

    browser.get(base + "household/mine.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:mine")));
    assertThat(browser.findElements(By.xpath("//table//tr[td[contains(., '" + CHILD + "')]]")))
        .as("one case for a double click")
        .hasSize(1);

    browser.findElement(By.linkText(no)).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("case:printBirthDeclaration")))
        .click();
    assertThat(chromium.downloadedPdfText())
        .contains("出生登记申报表", CHILD, "Q350305261234", DemoYoungFamily.MOTHER, no);

    chromium.login(base, "head.dongzhuang");
    browser.get(base + "household/worklist.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(no))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("case:take"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case:opinion")))
        .sendKeys("经核查，同意登记");
    browser.findElement(By.id("case:approve")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case:opinion")));
    assertThat(browser.findElement(By.id("case:caseStatus")).getText()).isEqualTo("已批准");
    assertThat(browser.findElement(By.id("case:personResidentId")).getText())
        .startsWith("350305")
        .contains("********");
    assertThat(browser.findElement(By.id("case:duties")).getText()).contains("打印户口簿页", "未办结");
    assertThat(browser.findElement(By.id("case:deliveries")).getText())
        .contains("秀屿区医疗保障中心", "秀屿区卫生健康局");

    chromium.login(base, "clerk.dongzhuang");
    browser.get(base + "household/duties.xhtml");
    By row = By.xpath("//tr[td[contains(., '" + no + "')]]");
    wait.until(ExpectedConditions.presenceOfElementLocated(row));
    browser.findElement(row).findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), no));
    assertThat(browser.findElements(row)).isEmpty();

    browser.get(base + "household/case.xhtml?id=" + no);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:duties")));
    // who closed it, by name (the demo clerk of Dongzhuang), never by login id
    assertThat(browser.findElement(By.id("case:duties")).getText())
        .contains("林晓燕")
        .doesNotContain("clerk.dongzhuang");

    browser.findElement(By.id("case:openPerson")).click();
    wait.until(ExpectedConditions.textToBe(By.id("record:recordName"), CHILD));
    assertThat(browser.findElement(By.id("record:recordStatus")).getText()).isEqualTo("正常");
    assertThat(browser.findElement(By.id("record:members")).getText())
        .contains(DemoYoungFamily.MOTHER, DemoYoungFamily.FATHER, CHILD);
  }

  private void type(String id, String text) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(text, Keys.TAB);
    chromium.settle();
  }
}
