package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.BundleForms.APPLICANT;
import static cn.yicibang.reports.printing.BundleForms.BUNDLE_NAME;
import static cn.yicibang.reports.printing.BundleForms.CLERK;
import static cn.yicibang.reports.printing.BundleForms.HALL;
import static cn.yicibang.reports.printing.BundleForms.MASKED_RESIDENT_ID;
import static cn.yicibang.reports.printing.BundleForms.SUBMITTED_ON;
import static cn.yicibang.reports.printing.BundleForms.TRACKING_NO;
import static cn.yicibang.reports.printing.OfficialForm.BUNDLE_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundleReceiptTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static byte[] standardPdf;

  @BeforeAll
  static void renderStandardReceipt() {
    standardPdf = BundleFormsTest.render(BUNDLE_RECEIPT, Locale.SIMPLIFIED_CHINESE, "");
  }

  @Test
  void printsTheTrackingNumberWhoWhenWhereAndEveryMatter() {
    String text = PdfPages.text(standardPdf);
    Map<String, String> fields = BundleForms.receiptFields();

    assertThat(text)
        .contains("“一件事一次办”受理回执", "受理编号", "事项名称", "预计办结日期", "联办事项", "承办部门")
        .contains(TRACKING_NO, BUNDLE_NAME, APPLICANT, MASKED_RESIDENT_ID, CLERK, SUBMITTED_ON)
        .contains(HALL, fields.get("dueOn"), "扫码查询办理进度", HALL + "（印章）")
        .contains("受理编号：" + TRACKING_NO, "第 1 页 / 共 1 页");
    for (Map<String, String> row : BundleForms.receiptRows()) {
      assertThat(text)
          .contains(row.get("department"), row.get("item"), row.get("dueOn"))
          .containsPattern("(?m)^" + row.get("no") + " " + row.get("department"));
    }
    assertThat(text.replaceAll("\\s", "")).contains(fields.get("statusHint").replaceAll("\\s", ""));
    // the progress address on a line of its own, whole
    assertThat(text.lines().map(String::strip)).contains(fields.get("statusUrl"));
  }

  @Test
  void code128ScansBackToTheTrackingNumberAndTheQrCodeToTheVerificationUrl() throws Exception {
    BufferedImage page = PdfPages.firstPageImage(standardPdf, 200);

    assertThat(PdfPages.decode(page, BarcodeFormat.CODE_128)).isEqualTo(TRACKING_NO);
    assertThat(PdfPages.decode(page, BarcodeFormat.QR_CODE)).isEqualTo(BundleForms.RECEIPT_URL);
  }

  @Test
  void printsEnglishLabelsForEnglishAndTheValuesAsGiven() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_RECEIPT, Locale.ENGLISH, "-en");

    String text = PdfPages.text(pdf);
    assertThat(BundleFormsTest.oneLine(text))
        .contains("Acknowledgement of Receipt", "Tracking no.", "Matters in this bundle")
        .contains("Expected completion", "Scan to follow progress", HALL + " (seal)")
        .contains("Page 1 of 1");
    assertThat(text)
        .contains(TRACKING_NO, BUNDLE_NAME, APPLICANT, "社会保障卡", BundleForms.POLICE)
        .doesNotContain("受理回执", "联办事项");
  }

  @Test
  void aLongMatterStretchesItsRowAndManyMattersContinueOnTheNextPage() {
    String longItem = "生育医疗费用报销（含产前检查费用、住院分娩费用及新生儿护理费用，".repeat(3) + "按规定比例一次性结算）";
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.receiptRows());
    rows.add(
        Map.of(
            "no", "7", "department", BundleForms.MEDICAL_SECURITY, "item", longItem, "dueOn", ""));
    for (int i = 8; i <= 40; i++) {
      rows.add(Map.of("no", String.valueOf(i), "department", "联办部门" + i, "item", "办理事项" + i));
    }

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_RECEIPT,
            BundleForms.receipt(BundleForms.receiptFields(), rows),
            Locale.SIMPLIFIED_CHINESE);

    String text = PdfPages.text(pdf);
    assertThat(text.replaceAll("\\s", "")).contains(longItem.replaceAll("\\s", ""));
    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", TRACKING_NO);
    }
    assertThat(PdfPages.text(pdf, 2)).contains("联办事项", "承办部门");
    assertThat(text).contains("办理事项40");
    assertThat(PdfPages.text(pdf, pages)).contains(HALL + "（印章）");
  }
}
