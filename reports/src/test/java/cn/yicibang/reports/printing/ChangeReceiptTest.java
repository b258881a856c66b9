package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.ChangeForms.ACCEPTANCE_NO;
import static cn.yicibang.reports.printing.ChangeForms.ACCEPTED_ON;
import static cn.yicibang.reports.printing.ChangeForms.MASKED_RESIDENT_ID;
import static cn.yicibang.reports.printing.ChangeForms.NAME;
import static cn.yicibang.reports.printing.ChangeForms.NEW_NAME;
import static cn.yicibang.reports.printing.ChangeForms.STATION;
import static cn.yicibang.reports.printing.OfficialForm.CHANGE_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangeReceiptTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static byte[] standardPdf;

  @BeforeAll
  static void renderStandardReceipt() {
    standardPdf =
        renderer.renderPdf(CHANGE_RECEIPT, ChangeForms.receipt(), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void printsTheAcceptanceNumberWhoWhenWhereAndTheItems() {
    String text = PdfPages.text(standardPdf);
    Map<String, String> fields = ChangeForms.receiptFields();

    assertThat(text)
        .contains("户口登记项目变更更正受理回执", "受理编号", "预计办结日期", "申请事项", "申请变更更正为")
        .contains(ACCEPTANCE_NO, NAME, MASKED_RESIDENT_ID, STATION, ACCEPTED_ON, "陈丽华")
        .contains(fields.get("dueOn"), "姓名", NEW_NAME, "曾用名", STATION + "（印章）");
    assertThat(text.replaceAll("\\s", "")).contains(fields.get("statusHint").replaceAll("\\s", ""));
    // the progress address on a line of its own, whole
    assertThat(text.lines().map(String::strip)).contains(fields.get("statusUrl"));
  }

  @Test
  void code128ScansBackToTheAcceptanceNumber() throws Exception {
    assertThat(PdfPages.decode(PdfPages.firstPageImage(standardPdf, 200), BarcodeFormat.CODE_128))
        .isEqualTo(ACCEPTANCE_NO);
  }

  @Test
  void aLongStationNameShrinksIntoItsCell() {
    Map<String, String> fields = ChangeForms.receiptFields();
    String station = "莆田市公安局秀屿区分局东庄镇派出所户籍窗口（东庄便民服务中心）";
    fields.put("station", station);

    byte[] pdf =
        renderer.renderPdf(CHANGE_RECEIPT, ChangeForms.receipt(fields), Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.text(pdf).replaceAll("\\s", "")).contains(station);
  }
}
