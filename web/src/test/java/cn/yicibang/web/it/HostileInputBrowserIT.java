package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script typed into names and free text stays text: a dispute whose parties are called {@code
 * <script>…} is shown by the station's and the committee's lists and case pages as those very
 * characters, no script runs (no dialog opens, the browser's console reports nothing blocked), and
 * the printed handover letter carries the same characters.
 */
class HostileInputBrowserIT extends BrowserTest {

  static final String SCRIPT = "<script>alert('名')</script>";
  static final String IMAGE = "\"><img src=x onerror=alert('址')>";
  static final String PLAIN = "</textarea><svg onload=alert('述')>";

  @Test
  void scriptEnteredAsANameShowsAsTextOnEveryPageAndForm() throws Exception {
    String caseNo = disputeWithHostileNames();
    try {
      for (String user : List.of("police.dongzhuang", "mediator.dongqin")) {
        chromium.login(base, user);
        browser.get(base + "mediation/list.xhtml");
        chromium.settle();
        assertShownAsText(SCRIPT);
        browser.get(base + "mediation/dispute.xhtml?no=" + caseNo);
        chromium.settle();
        assertShownAsText(SCRIPT, IMAGE, PLAIN);
      }
      browser.findElement(By.id("dispute:printHandover")).click();
      String form = chromium.downloadedPdfText().replaceAll("\\s", "");
      assertThat(form).contains(SCRIPT.replaceAll("\\s", ""), "</textarea><svgonload");
    } catch (RuntimeException | AssertionError e) {
      chromium.screenshot("hostile-input-failure");
      throw e;
    }
    assertThat(chromium.scriptProblems()).isEmpty();

    // the console check itself: a handler slipped into the page is blocked and reported
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:,x\" onerror=\"window.injected=1\">')");
    Thread.sleep(500);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.injected")).isNull();
    assertThat(chromium.scriptProblems()).anyMatch(m -> m.contains("Content Security Policy"));
  }

  private void assertShownAsText(String... payloads) {
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script opened a dialog on " + browser.getCurrentUrl());
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    String text = browser.findElement(By.tagName("body")).getText();
    for (String p : payloads) {
      assertThat(text).as(browser.getCurrentUrl()).contains(p);
    }
    assertThat(browser.findElements(By.cssSelector("main script:not([nonce]), main img[src='x']")))
        .isEmpty();
  }

  private String disputeWithHostileNames() throws Exception {
    String body =
        "{\"source\":\"CALL\",\"sourceRef\":\"110-"
            + System.nanoTime() % 1_000_000
            + "\",\"type\":\"NEIGHBOUR\",\"placeCode\":\"350305101201\",\"placeText\":"
            + quoted(IMAGE)
            + ",\"summary\":"
            + quoted(PLAIN)
            + ",\"urgency\":\"NORMAL\",\"parties\":["
            + party("APPLICANT", SCRIPT, "E1234567")
            + ","
            + party("RESPONDENT", "王" + IMAGE, "E7654321")
            + "]}";
    var created = Http.post(base.toURI().resolve("api/disputes"), "police.dongzhuang", body, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var no = java.util.regex.Pattern.compile("\"caseNo\":\"([^\"]+)\"").matcher(created.body());
    assertThat(no.find()).isTrue();
    return no.group(1);
  }

  private static String party(String role, String name, String passport) {
    return "{\"role\":\""
        + role
        + "\",\"name\":"
        + quoted(name)
        + ",\"idKind\":\"PASSPORT\",\"idNumber\":\""
        + passport
        + "\",\"sex\":\"MALE\",\"consent\":true}";
  }

  /** A JSON string literal (the payloads hold quotes and slashes, nothing else to escape). */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
