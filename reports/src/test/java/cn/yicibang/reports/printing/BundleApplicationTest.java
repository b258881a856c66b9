package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.BundleForms.BUNDLE_NAME;
import static cn.yicibang.reports.printing.BundleForms.CLERK;
import static cn.yicibang.reports.printing.BundleForms.HALL;
import static cn.yicibang.reports.printing.BundleForms.SUBMITTED_ON;
import static cn.yicibang.reports.printing.BundleForms.TRACKING_NO;
import static cn.yicibang.reports.printing.OfficialForm.BUNDLE_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleApplicationTest {

  private static final FormRenderer renderer = new FormRenderer();

  @Test
  void printsEverySectionLabelAndValueTheMattersAndThePlacesToSign() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_APPLICATION, Locale.SIMPLIFIED_CHINESE, "");

    String text = PdfPages.text(pdf);
    assertThat(text)
        .contains("“一件事一次办”一表申请表", "受理编号", TRACKING_NO, "受理人", CLERK)
        .contains("受理单位", HALL, "填表日期", SUBMITTED_ON, "事项名称", BUNDLE_NAME, "申请事项")
        .contains("申请人（签名）：", "日期：", "受理人：")
        .contains("受理编号：" + TRACKING_NO, "第 1 页 / 共 1 页");
    String compact = compact(text);
    assertThat(compact)
        .contains(compact(BundleForms.ITEMS))
        .contains("本人承诺以上所填信息及所提交材料真实、有效，如有虚假愿承担法律责任。")
        .contains("受理人：" + CLERK);
    for (Map<String, String> row : BundleForms.applicationRows()) {
      assertThat(compact).contains(row.get("group"), row.get("label"), compact(row.get("value")));
    }
    // one section bar per group, in the order given
    assertThat(text.indexOf("新生儿信息"))
        .isLessThan(text.indexOf("母亲信息"))
        .isLessThan(text.indexOf("父亲信息"));
    assertThat(text.indexOf("户籍登记信息")).isLessThan(text.indexOf("医保及社保卡信息"));
    assertThat(text.split("母亲信息", -1)).hasSize(2);
  }

  @Test
  void printedBeforeSubmissionTheTrackingNumberCellIsBlankAndTheFooterNamesTheBundle() {
    Map<String, String> fields = BundleForms.applicationFields();
    fields.put("trackingNo", "");
    fields.put("clerk", "");

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_APPLICATION,
            BundleForms.application(fields, BundleForms.applicationRows()),
            Locale.SIMPLIFIED_CHINESE);

    String text = PdfPages.text(pdf);
    assertThat(text)
        .contains("受理编号", "“" + BUNDLE_NAME + "”一表申请表", "第 1 页 / 共 1 页")
        .doesNotContain(TRACKING_NO, "受理编号：", CLERK);
  }

  @Test
  void printsEnglishLabelsForEnglishAndTheValuesAsGiven() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_APPLICATION, Locale.ENGLISH, "-en");

    String text = PdfPages.text(pdf);
    assertThat(BundleFormsTest.oneLine(text))
        .contains("Single Application Form", "Tracking no.", "Service hall", "Matters applied for")
        .contains("I declare that the information given above and the materials submitted are true")
        .contains("Applicant's signature:", "Date:", "Received by:", "Page 1 of 1");
    assertThat(text)
        .contains(TRACKING_NO, BUNDLE_NAME, "新生儿信息", "陈一诺", "陈志远")
        .doesNotContain("一表申请表", "申请人（签名）");
  }

  @Test
  void aLongValueStretchesItsRowInsteadOfBeingCut() {
    String address = "福建省莆田市秀屿区东庄镇东庄村后埔78号（村委会向东200米，".repeat(5) + "邮政编码351146）";
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.applicationRows());
    rows.add(BundleForms.entry("医保及社保卡信息", "社会保障卡邮寄地址", address));

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_APPLICATION,
            BundleForms.application(BundleForms.applicationFields(), rows),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(compact(PdfPages.text(pdf))).contains(compact(address));
  }

  @Test
  void manyRowsContinueOnMorePagesUnderTheRepeatedSectionBar() {
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.applicationRows());
    for (int i = 1; i <= 40; i++) {
      rows.add(BundleForms.entry("其他家庭成员信息", "家庭成员" + i, "成员姓名第" + i + "号"));
    }

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_APPLICATION,
            BundleForms.application(BundleForms.applicationFields(), rows),
            Locale.SIMPLIFIED_CHINESE);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", TRACKING_NO);
    }
    // the promise and the places to sign move together to the page after the last row
    assertThat(compact(PdfPages.text(pdf, pages)))
        .contains("本人承诺以上所填信息", "申请人（签名）：", "受理人：" + CLERK);
    assertThat(PdfPages.text(pdf, 2)).contains("其他家庭成员信息");
    assertThat(PdfPages.text(pdf)).contains("成员姓名第1号", "成员姓名第40号");
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
