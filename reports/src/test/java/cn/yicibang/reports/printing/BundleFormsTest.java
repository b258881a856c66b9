package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the four forms of the “一件事一次办” service have in common. */
class BundleFormsTest {

  private static final FormRenderer renderer = new FormRenderer();

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"BUNDLE_NOTICE", "BUNDLE_APPLICATION", "BUNDLE_RECEIPT", "BUNDLE_COMPLETION"})
  void theStandardSampleFitsOnOneA4PortraitPage(OfficialForm form) {
    byte[] pdf = renderer.renderPdf(form, BundleForms.sample(form), Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.pageCount(pdf)).isEqualTo(1);
    assertThat(PdfPages.text(pdf)).contains(BundleForms.BUNDLE_NAME, "第 1 页 / 共 1 页");
    assertThat(PdfPages.firstPageImage(pdf, 72))
        .satisfies(
            image -> {
              assertThat(image.getWidth()).isEqualTo(595);
              assertThat(image.getHeight()).isEqualTo(842);
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficialForm.class,
      names = {"BUNDLE_NOTICE", "BUNDLE_APPLICATION", "BUNDLE_RECEIPT", "BUNDLE_COMPLETION"})
  void embedsNotoSansScAsASubsetAndNoOtherFont(OfficialForm form) {
    byte[] pdf = renderer.renderPdf(form, BundleForms.sample(form), Locale.ENGLISH);

    List<PDFont> fonts = PdfPages.fontsOfFirstPage(pdf);
    assertThat(fonts).isNotEmpty();
    assertThat(fonts)
        .allSatisfy(
            font -> {
              assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
              assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
  }

  /** Renders the standard sample and keeps it for a human look at the layout (CI artifact). */
  static byte[] render(OfficialForm form, Locale locale, String suffix) {
    byte[] pdf = renderer.renderPdf(form, BundleForms.sample(form), locale);
    Path sample = Path.of("target", "samples", form.templateName() + suffix + ".pdf");
    try {
      Files.createDirectories(sample.getParent());
      Files.write(sample, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf;
  }

  /** Text with every run of white space as one space: a long label may wrap. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
