package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.BundleForms.APPLICANT;
import static cn.yicibang.reports.printing.BundleForms.BUNDLE_NAME;
import static cn.yicibang.reports.printing.BundleForms.COMPLETED_ON;
import static cn.yicibang.reports.printing.BundleForms.HALL;
import static cn.yicibang.reports.printing.BundleForms.MASKED_RESIDENT_ID;
import static cn.yicibang.reports.printing.BundleForms.SUBMITTED_ON;
import static cn.yicibang.reports.printing.BundleForms.TRACKING_NO;
import static cn.yicibang.reports.printing.OfficialForm.BUNDLE_COMPLETION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundleCompletionTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static byte[] standardPdf;

  @BeforeAll
  static void renderStandardNotice() {
    standardPdf = BundleFormsTest.render(BUNDLE_COMPLETION, Locale.SIMPLIFIED_CHINESE, "");
  }

  @Test
  void statesThatEveryMatterIsCompletedWithEachResultAndWhereToCollectThem() {
    String text = PdfPages.text(standardPdf);

    assertThat(text)
        .contains(HALL, "“一件事一次办”办结通知书", "受理编号", TRACKING_NO, "事项名称", BUNDLE_NAME)
        .contains(APPLICANT + "：", MASKED_RESIDENT_ID, SUBMITTED_ON, "办结日期", COMPLETED_ON)
        .contains("办理结果", "承办部门", "办理事项", "特此通知。", "扫码核验本通知书")
        .contains(HALL + "（印章）", "受理编号：" + TRACKING_NO, "第 1 页 / 共 1 页");
    String compact = compact(text);
    assertThat(compact)
        .contains(
            "你于" + SUBMITTED_ON + "向" + HALL + "申请办理的“" + BUNDLE_NAME + "”，所涉及的各项事项已全部办结。办理结果如下：")
        .contains("请携带本通知书及申请人居民身份证原件，到" + HALL + "综合窗口领取证件、证照等办理结果");
    for (Map<String, String> row : BundleForms.completionRows()) {
      row.values().forEach(value -> assertThat(compact).contains(compact(value)));
    }
    assertThat(compact).contains(compact(BundleForms.SOCIAL_SECURITY_CARD_NO));
  }

  @Test
  void qrCodeScansBackToTheVerificationUrl() throws Exception {
    assertThat(PdfPages.decode(PdfPages.firstPageImage(standardPdf, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(BundleForms.COMPLETION_URL);
  }

  @Test
  void printsEnglishLabelsForEnglishAndTheValuesAsGiven() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_COMPLETION, Locale.ENGLISH, "-en");

    String text = BundleFormsTest.oneLine(PdfPages.text(pdf));
    assertThat(text)
        .contains("Notice of Completion", "To " + APPLICANT + ":", "Results", "Completed on")
        .contains("the applicant's resident identity card", HALL + " (seal)", "Page 1 of 1")
        .contains(TRACKING_NO, "社会保障卡")
        .doesNotContain("办结通知书", "特此通知");
    // a Chinese value in an English sentence may wrap between any two of its characters
    assertThat(compact(text))
        .contains(
            compact(
                "Every matter of the service bundle \""
                    + BUNDLE_NAME
                    + "\", which you applied for at "
                    + HALL
                    + " on "
                    + SUBMITTED_ON
                    + ", has been completed."));
  }

  @Test
  void aLongResultStretchesItsRowInsteadOfBeingCut() {
    String longResult = "已报销住院分娩费用 3,268.50 元、产前检查费用 1,120.00 元，".repeat(4) + "款项已转入申请人银行账户。";
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.completionRows());
    rows.set(
        4,
        BundleForms.result(5, BundleForms.MEDICAL_SECURITY, "生育医疗费用报销", longResult, "2026年03月16日"));

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_COMPLETION,
            BundleForms.completion(BundleForms.completionFields(), rows),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(compact(PdfPages.text(pdf))).contains(compact(longResult));
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
