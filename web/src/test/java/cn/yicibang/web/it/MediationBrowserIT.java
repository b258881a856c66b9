package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.demo.DemoYoungFamily;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The handoff in a real headless Chromium: a station officer takes a neighbour dispute down (a
 * resident from the register and a visitor with a passport, both consenting), places it down to the
 * unit and hands it to the proposed village committee, printing the handover letter; the village
 * mediator accepts it, records an unsettled and a settled session, draws up the agreement and
 * prints it in one copy per party and one for the committee; the station's list shows the new
 * outcome and the case shows the follow-up date.
 */
class MediationBrowserIT extends BrowserTest {

  @Test
  void anOfficerHandsOverAMediatorSettlesAndTheStationSeesTheOutcome() throws Exception {
    try {
      walk();
    } catch (RuntimeException | AssertionError e) {
      chromium.screenshot("mediation-browser-failure");
      throw e;
    }
  }

  private void walk() throws Exception {
    chromium.login(base, "police.dongzhuang");
    browser.get(base + "mediation/new.xhtml");
    type(By.id("dispute:sourceRef"), "110-20261202-0117");
    choose("dispute:type", "邻里纠纷");
    // the village is enough for routing; grid and unit are optional
    choose("dispute:village", "东沁村");
    type(By.id("dispute:placeText"), "东沁村海滨路26号与28号之间");
    type(By.id("dispute:summary"), "两户因排水沟渗水及院墙界址发生争执，民警到场后双方情绪平稳，均同意调解。");

    // a resident from the register: the number shows whom it names
    type(By.cssSelector(".party-0 input.party-residentId"), DemoYoungFamily.FATHER_ID);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".party-0 .party-found"), DemoYoungFamily.FATHER));
    type(By.cssSelector(".party-0 input.party-phone"), "13905940001");
    click(By.cssSelector(".party-0 .party-consent .ui-chkbox-box"));
    // a visitor with a passport
    click(By.cssSelector(".party-1 .party-inRegister .ui-toggleswitch-slider"));
    type(By.cssSelector(".party-1 input.party-name"), "王建业");
    type(By.cssSelector(".party-1 input.party-idNumber"), "E12345678");
    type(By.cssSelector(".party-1 input.party-phone"), "13905940002");
    click(By.cssSelector(".party-1 .party-consent .ui-chkbox-box"));
    assertThat(value(By.id("dispute:sourceRef")))
        .as("typed values survive re-rendering")
        .isEqualTo("110-20261202-0117");

    click(By.id("dispute:propose"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("dispute:body"), "东沁村人民调解委员会"));
    assertThat(browser.findElement(By.id("dispute:body")).getText()).contains("系统建议", "东庄镇人民调解委员会");
    click(By.id("dispute:handOver"));
    String no =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispute:caseNo")))
            .getText();
    assertThat(no).matches("TJ350305101-\\d{4}-\\d{6}");
    browser.findElement(By.id("dispute:printHandover")).click();
    assertThat(chromium.downloadedPdfText().replaceAll("\\s", ""))
        .contains("人民调解移交告知书", no, "东沁村人民调解委员会：", DemoYoungFamily.FATHER, "王建业", "经当事人同意");

    // the village committee: accept, one unsettled and one settled session, the agreement
    chromium.login(base, "mediator.dongqin");
    browser.get(base + "mediation/list.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(no))).click();
    click(By.id("dispute:accept"));
    session("未达成协议");
    session("达成协议");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispute:facts")));
    type(By.id("dispute:facts"), "王建业家排水沟年久失修，雨季渗水致林志华家院墙受损。");
    type(By.id("dispute:matters"), "王建业对排水沟失修负主要责任。");
    type(By.id("dispute:content"), "王建业自费修缮排水沟，并赔偿林志华院墙修补费用人民币贰仟元整。");
    type(By.id("dispute:manner"), "修缮完毕后当面交付赔偿款，由村调委会见证。");
    LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14);
    // a date field is set the way the browser's own date picker sets it
    ((JavascriptExecutor) browser)
        .executeScript(
            "const f = document.getElementById('dispute:due'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('change'));",
            due.toString());
    click(By.id("dispute:settle"));
    wait.until(
        d ->
            d.findElement(By.id("dispute:status")).getText().equals("已调解成功")
                || !d.findElements(By.cssSelector("#messages li")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#messages li")).stream().map(e -> e.getText()))
        .as("no message refusing the agreement")
        .isEmpty();
    assertThat(browser.findElement(By.id("dispute:rounds")).getText())
        .contains("村级第 1/4 次", "村级第 2/4 次");
    browser.findElement(By.id("dispute:printAgreement")).click();
    String agreement = chromium.downloadedPdfText().replaceAll("\\s", "");
    assertThat(agreement)
        .contains("人民调解协议书", no, "第1份，共3份", "第3份，共3份", "人民调解委员会存档")
        .contains(DemoYoungFamily.FATHER, DemoYoungFamily.FATHER_ID, "护照E12345678")
        .contains("赔偿林志华院墙修补费用人民币贰仟元整", "前履行完毕", "具有法律约束力", "司法确认")
        .contains("申请方：" + DemoYoungFamily.FATHER, "被申请方：王建业", "东沁村人民调解委员会（印章）");

    // the station sees the outcome, marked new until it opens the case
    chromium.login(base, "police.dongzhuang");
    browser.get(base + "mediation/list.xhtml");
    String row =
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[.//a[normalize-space()='" + no + "']]")))
            .getText();
    assertThat(row).contains("已调解成功", "新结果", "东沁村人民调解委员会");
    browser.findElement(By.linkText(no)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followUpDue")));
    assertThat(browser.findElement(By.id("followUpDue")).getText())
        .contains(Integer.toString(due.getDayOfMonth()));
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("结果反馈派出所", "已调解成功");
    browser.get(base + "mediation/list.xhtml");
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tr[.//a[normalize-space()='" + no + "']]")))
                .getText())
        .doesNotContain("新结果");
  }

  private void session(String result) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispute:record")));
    type(By.id("dispute:mediators"), "林秀英、郭文林");
    type(By.id("dispute:attendees"), DemoYoungFamily.FATHER + "、王建业");
    type(By.id("dispute:record"), "双方陈述排水沟渗水经过，调解员释明相邻关系规定。");
    click(By.xpath("//*[@id='dispute:result']//label[normalize-space()='" + result + "']"));
    click(By.id("dispute:recordRound"));
  }

  /**
   * Picks the item with the text in a PrimeFaces menu through the widget itself: the overlay's
   * opening animation makes clicking its items racy under automation, not for a person.
   */
  private void choose(String id, String text) {
    settle();
    ((JavascriptExecutor) browser)
        .executeScript(
            "const select = document.getElementById(arguments[0] + '_input');"
                + "const option = Array.from(select.options).find(o => o.text.trim() === arguments[1]);"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
            id,
            text);
    wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), text));
  }

  private void type(By field, String text) {
    var element = wait.until(ExpectedConditions.elementToBeClickable(field));
    element.clear();
    // leaving the field, as a clerk does, fires its change (an identity number is looked up)
    element.sendKeys(text, Keys.TAB);
    settle();
  }

  private String value(By field) {
    return browser.findElement(field).getDomProperty("value");
  }

  private void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    settle();
  }

  private void settle() {
    chromium.settle();
  }
}
