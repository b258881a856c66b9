package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.BundleForms.BUNDLE_NAME;
import static cn.yicibang.reports.printing.BundleForms.CLERK;
import static cn.yicibang.reports.printing.BundleForms.HALL;
import static cn.yicibang.reports.printing.BundleForms.ISSUED_ON;
import static cn.yicibang.reports.printing.OfficialForm.BUNDLE_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleNoticeTest {

  private static final FormRenderer renderer = new FormRenderer();

  @Test
  void listsEveryMaterialThenEveryDepartmentEachUnderItsOwnSectionAndHeads() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_NOTICE, Locale.SIMPLIFIED_CHINESE, "");

    String text = PdfPages.text(pdf);
    Map<String, String> fields = BundleForms.noticeFields();
    assertThat(text)
        .contains("“一件事一次办”一次性告知书", HALL, "事项名称", BUNDLE_NAME)
        .contains("申请条件", "办理时限", "办理地点及电话")
        .contains("所需材料清单", "材料名称", "适用事项", "要求及说明")
        .contains("联办部门及办理时限", "承办部门", "办理事项")
        .contains("经办人：" + CLERK, "告知日期：" + ISSUED_ON, HALL + "（印章）")
        .contains("第 1 页 / 共 1 页");
    String compact = compact(text);
    assertThat(compact)
        .contains(compact(fields.get("eligibility")))
        .contains(compact(fields.get("totalDays")), compact(fields.get("hallContact")))
        .contains("以上材料一次提交齐全即可办理，无需分别到各部门重复提交。");
    for (List<String> material : BundleForms.MATERIALS) {
      material.forEach(cell -> assertThat(compact).contains(compact(cell)));
    }
    for (List<String> matter : BundleForms.MATTERS) {
      matter.subList(0, 3).forEach(cell -> assertThat(compact).contains(compact(cell)));
    }
    assertThat(text.indexOf("所需材料清单"))
        .isLessThan(text.indexOf("父母双方居民身份证"))
        .isLessThan(text.indexOf("联办部门及办理时限"));
    assertThat(text.indexOf("联办部门及办理时限")).isLessThan(text.indexOf(BundleForms.POLICE));
  }

  @Test
  void printsEnglishLabelsForEnglishAndTheValuesAsGiven() {
    byte[] pdf = BundleFormsTest.render(BUNDLE_NOTICE, Locale.ENGLISH, "-en");

    String text = PdfPages.text(pdf);
    assertThat(BundleFormsTest.oneLine(text))
        .contains("One-time Notification — Everything to Bring", "Service bundle", "Who may apply")
        .contains("Materials to bring", "Material", "Needed for", "Requirements")
        .contains("Departments and time limits", "Department", "Matter", "Time limit")
        .contains("Handled by: " + CLERK, "Issued on: " + ISSUED_ON, HALL + " (seal)")
        .contains("Page 1 of 1");
    assertThat(text)
        .contains(BUNDLE_NAME, "父母双方居民身份证", BundleForms.POLICE)
        .doesNotContain("一次性告知书", "所需材料清单");
  }

  @Test
  void aLongMaterialListContinuesUnderARepeatedSectionHeadAndTheDepartmentsFollow()
      throws IOException {
    List<List<String>> materials = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      materials.add(List.of("证明材料第" + i + "项", "出生登记", "原件"));
    }
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.materialRows(materials));
    rows.addAll(BundleForms.officeRows());

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_NOTICE,
            BundleForms.notice(BundleForms.noticeFields(), rows),
            Locale.SIMPLIFIED_CHINESE);
    Path sample = Path.of("target", "samples", "bundle-notice-many-materials.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", "“" + BUNDLE_NAME + "”一次性告知书");
    }
    String second = PdfPages.text(pdf, 2);
    assertThat(second).contains("所需材料清单", "材料名称", "要求及说明");
    // the notice's head is printed once, at the top of the first page
    assertThat(second).doesNotContain("申请条件");
    String text = PdfPages.text(pdf);
    assertThat(text).contains("证明材料第1项", "证明材料第40项", "联办部门及办理时限");
    assertThat(text.indexOf("证明材料第40项")).isLessThan(text.indexOf("联办部门及办理时限"));
    assertThat(PdfPages.text(pdf, pages)).contains(HALL + "（印章）");
  }

  @Test
  void longEligibilityAndRequirementsStretchInsteadOfBeingCut() {
    Map<String, String> fields = BundleForms.noticeFields();
    String eligibility =
        BundleForms.ELIGIBILITY + "\n" + "4. 新生儿父母双方均为外省户籍的，须提供本区居住证及连续缴纳社会保险满六个月的证明；".repeat(6);
    fields.put("eligibility", eligibility);
    String requirement = "原件及复印件各1份，复印件须由申请人签字确认“与原件一致”，".repeat(5) + "外文材料须附中文译本。";
    List<Map<String, String>> rows =
        new ArrayList<>(
            BundleForms.materialRows(List.of(List.of("结婚证", "出生登记、生育医疗费用报销", requirement))));
    rows.addAll(BundleForms.officeRows());

    byte[] pdf =
        renderer.renderPdf(
            BUNDLE_NOTICE, BundleForms.notice(fields, rows), Locale.SIMPLIFIED_CHINESE);

    assertThat(compact(PdfPages.text(pdf))).contains(compact(eligibility), compact(requirement));
  }

  @Test
  void aGroupKeyTheTemplateDoesNotKnowIsRefusedBeforeFilling() {
    List<Map<String, String>> rows = new ArrayList<>(BundleForms.officeRows());
    rows.add(BundleForms.noticeRow("material", 1, "结婚证", "出生登记", "原件"));

    assertThatThrownBy(
            () ->
                renderer.renderPdf(
                    BUNDLE_NOTICE,
                    BundleForms.notice(BundleForms.noticeFields(), rows),
                    Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 6 column groupKey is not one of [materials, offices]");
  }

  /** Text without white space: a value may wrap anywhere in its cell. */
  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
