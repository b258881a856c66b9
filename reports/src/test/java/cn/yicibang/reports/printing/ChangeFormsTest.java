package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the four forms of the change-and-correction service have in common. */
class ChangeFormsTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static final Map<OfficialForm, String> CHINESE_TITLES =
      Map.of(
          OfficialForm.CHANGE_APPLICATION, "户口登记项目变更更正申请审批表",
          OfficialForm.CHANGE_RECEIPT, "户口登记项目变更更正受理回执",
          OfficialForm.SUPPLEMENT_NOTICE, "补正材料告知书",
          OfficialForm.REFUSAL_DECISION, "不予变更更正决定书");

  private static final Map<OfficialForm, String> ENGLISH_TITLES =
      Map.of(
          OfficialForm.CHANGE_APPLICATION,
          "Application for Change or Correction of Household Registration Items",
          OfficialForm.CHANGE_RECEIPT,
          "Acknowledgement of Receipt: Change or Correction of Household Registration Items",
          OfficialForm.SUPPLEMENT_NOTICE,
          "Notice to Supplement Materials",
          OfficialForm.REFUSAL_DECISION,
          "Decision Not to Change or Correct Household Registration Items");

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"CHANGE_APPLICATION", "CHANGE_RECEIPT", "SUPPLEMENT_NOTICE", "REFUSAL_DECISION"})
  void printsTheChineseTitleTheNameAndThePageNumberOnOnePage(OfficialForm form) throws IOException {
    byte[] pdf = render(form, Locale.SIMPLIFIED_CHINESE, "");

    String text = PdfPages.text(pdf);
    assertThat(text).contains(CHINESE_TITLES.get(form), ChangeForms.NAME, "第 1 页 / 共 1 页");
    assertThat(PdfPages.pageCount(pdf)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"CHANGE_APPLICATION", "CHANGE_RECEIPT", "SUPPLEMENT_NOTICE", "REFUSAL_DECISION"})
  void printsEnglishLabelsForEnglishAndTheValuesAsGiven(OfficialForm form) throws IOException {
    byte[] pdf = render(form, Locale.ENGLISH, "-en");

    String text = PdfPages.text(pdf);
    assertThat(oneLine(text)).contains(ENGLISH_TITLES.get(form), "Page 1 of 1");
    assertThat(text).contains(ChangeForms.NAME).doesNotContain(CHINESE_TITLES.get(form));
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"CHANGE_APPLICATION", "CHANGE_RECEIPT", "SUPPLEMENT_NOTICE", "REFUSAL_DECISION"})
  void embedsNotoSansScAsASubsetAndNoOtherFont(OfficialForm form) {
    byte[] pdf = renderer.renderPdf(form, ChangeForms.sample(form), Locale.SIMPLIFIED_CHINESE);

    List<PDFont> fonts = PdfPages.fontsOfFirstPage(pdf);
    assertThat(fonts).isNotEmpty();
    assertThat(fonts)
        .allSatisfy(
            font -> {
              assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
              assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"CHANGE_APPLICATION", "CHANGE_RECEIPT", "SUPPLEMENT_NOTICE", "REFUSAL_DECISION"})
  void qrCodeScansBackToTheVerificationContent(OfficialForm form) throws Exception {
    byte[] pdf = renderer.renderPdf(form, ChangeForms.sample(form), Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.decode(PdfPages.firstPageImage(pdf, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(ChangeForms.verificationUrl(form));
  }

  /** Renders the standard sample and keeps it for a human look at the layout (CI artifact). */
  private static byte[] render(OfficialForm form, Locale locale, String suffix) throws IOException {
    byte[] pdf = renderer.renderPdf(form, ChangeForms.sample(form), locale);
    Path sample = Path.of("target", "samples", form.templateName() + suffix + ".pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);
    return pdf;
  }

  /** Text with every run of white space as one space: a long title may wrap. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
