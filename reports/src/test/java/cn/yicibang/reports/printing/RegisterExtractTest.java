package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.OfficialForm.REGISTER_EXTRACT;
import static cn.yicibang.reports.printing.RegisterExtracts.NAME;
import static cn.yicibang.reports.printing.RegisterExtracts.RESIDENT_ID;
import static cn.yicibang.reports.printing.RegisterExtracts.VERIFICATION_REFERENCE;
import static cn.yicibang.reports.printing.RegisterExtracts.VERIFICATION_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegisterExtractTest {

  private static final FormRenderer renderer = new FormRenderer();

  /** The standard extract, rendered once: most tests only read it. */
  private static byte[] linXiuyingPdf;

  @BeforeAll
  static void renderStandardExtract() throws IOException {
    linXiuyingPdf =
        renderer.renderPdf(
            REGISTER_EXTRACT, RegisterExtracts.linXiuying(), Locale.SIMPLIFIED_CHINESE);
    // kept for a human look at the layout (CI artifact)
    Path sample = Path.of("target", "samples", "register-extract.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, linXiuyingPdf);
  }

  @Test
  void printsTitleLabelsAndThePersonInChinese() {
    String text = PdfPages.text(linXiuyingPdf);

    assertThat(text)
        .contains("常住人口登记表", "公民身份号码", "变更更正记录", "核验编号")
        .contains(NAME, RESIDENT_ID, "陈志强", "莆田市公安局秀屿分局东庄派出所", VERIFICATION_REFERENCE)
        .contains("单位调动证明", "大学专科", "2019年07月10日");
    assertThat(text.lines()).doesNotContain("无");
    assertThat(PdfPages.pageCount(linXiuyingPdf)).isEqualTo(1);
  }

  @Test
  void embedsNotoSansScAsASubsetAndNoOtherFont() {
    List<PDFont> fonts = PdfPages.fontsOfFirstPage(linXiuyingPdf);

    assertThat(fonts).isNotEmpty();
    assertThat(fonts)
        .allSatisfy(
            font -> {
              assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
              // a subset tag is six capitals and a plus sign
              assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
  }

  @Test
  void printsEnglishLabelsForEnglish() {
    byte[] pdf =
        renderer.renderPdf(REGISTER_EXTRACT, RegisterExtracts.linXiuying(), Locale.ENGLISH);

    String text = PdfPages.text(pdf);
    assertThat(text)
        .contains(
            "Permanent Resident Registration Form",
            "Resident ID number",
            "Register changes and corrections")
        .contains(NAME, RESIDENT_ID)
        .doesNotContain("常住人口登记表");
  }

  @Test
  void fallsBackToChineseLabelsNotToTheServerLocale() {
    Locale serverDefault = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      byte[] pdf =
          renderer.renderPdf(REGISTER_EXTRACT, RegisterExtracts.linXiuying(), Locale.GERMAN);

      assertThat(PdfPages.text(pdf)).contains("常住人口登记表").doesNotContain("Permanent Resident");
    } finally {
      Locale.setDefault(serverDefault);
    }
  }

  @Test
  void qrCodeScansBackToTheVerificationContent() throws Exception {
    BufferedImage page = PdfPages.firstPageImage(linXiuyingPdf, 200);

    assertThat(PdfPages.decode(page, BarcodeFormat.QR_CODE)).isEqualTo(VERIFICATION_URL);
  }

  @Test
  void code128ScansBackToTheVerificationReference() throws Exception {
    BufferedImage page = PdfPages.firstPageImage(linXiuyingPdf, 200);

    assertThat(PdfPages.decode(page, BarcodeFormat.CODE_128)).isEqualTo(VERIFICATION_REFERENCE);
  }

  @Test
  void emptyHistoryPrintsNone() {
    byte[] chinese =
        renderer.renderPdf(
            REGISTER_EXTRACT, RegisterExtracts.person(NAME), Locale.SIMPLIFIED_CHINESE);
    byte[] english =
        renderer.renderPdf(REGISTER_EXTRACT, RegisterExtracts.person(NAME), Locale.ENGLISH);

    assertThat(PdfPages.text(chinese).lines()).contains("无");
    assertThat(PdfPages.text(english).lines()).contains("None");
  }

  @Test
  void longHistoryContinuesOnMorePagesWithItsHeaderAndPageNumbers() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      rows.add(
          RegisterExtracts.change(
              "住址", "旧址" + i + "号", "新址" + i + "号", "2020年01月01日", "迁移证明第" + i + "号"));
    }

    byte[] pdf =
        renderer.renderPdf(
            REGISTER_EXTRACT, RegisterExtracts.person(NAME).rows(rows), Locale.SIMPLIFIED_CHINESE);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", VERIFICATION_REFERENCE);
    }
    // the continuation page repeats the table caption and column heads
    assertThat(PdfPages.text(pdf, 2)).contains("变更更正记录", "变更项目", "变更依据");
    assertThat(PdfPages.text(pdf)).contains("迁移证明第1号", "迁移证明第40号");
    assertThat(PdfPages.text(pdf, pages)).contains("打印单位", "本登记表仅供核验使用");
  }

  @Test
  void longValueShrinksIntoItsCellInsteadOfBeingCut() {
    Map<String, String> fields = RegisterExtracts.personFields();
    String address = "福建省莆田市秀屿区东庄镇东庄村前厝自然村第三村民小组东二巷45号之一（原东庄镇东庄村前厝路北侧第二排第七间）";
    fields.put("address", address);

    byte[] pdf =
        renderer.renderPdf(
            REGISTER_EXTRACT, RegisterExtracts.person(fields), Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.text(pdf).replaceAll("\\s", "")).contains(address);
  }

  @Test
  void refusesAMisspeltOrForgottenParameter() {
    Map<String, String> fields = RegisterExtracts.personFields();
    fields.remove("residentId");
    fields.put("residentID", RESIDENT_ID);

    assertThatThrownBy(
            () ->
                renderer.renderPdf(
                    REGISTER_EXTRACT, RegisterExtracts.person(fields), Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown parameters [residentID]")
        .hasMessageContaining("parameters not set [residentId]");
  }

  @Test
  void refusesAnUnknownHistoryColumn() {
    FormData data =
        RegisterExtracts.person(NAME).rows(List.of(Map.of("item", "姓名", "reason", "更正")));

    assertThatThrownBy(() -> renderer.renderPdf(REGISTER_EXTRACT, data, Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown row columns [reason]");
  }
}
