package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.ChangeForms.ACCEPTANCE_NO;
import static cn.yicibang.reports.printing.ChangeForms.ACCEPTED_ON;
import static cn.yicibang.reports.printing.ChangeForms.NAME;
import static cn.yicibang.reports.printing.ChangeForms.NEW_NAME;
import static cn.yicibang.reports.printing.ChangeForms.RESIDENT_ID;
import static cn.yicibang.reports.printing.ChangeForms.STATION;
import static cn.yicibang.reports.printing.OfficialForm.CHANGE_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangeApplicationTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static byte[] standardPdf;

  @BeforeAll
  static void renderStandardApplication() {
    standardPdf =
        renderer.renderPdf(
            CHANGE_APPLICATION, ChangeForms.application(), Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void printsEveryBlockWithTheValuesOfTheApplication() {
    String text = PdfPages.text(standardPdf);

    assertThat(text)
        .contains("户口登记项目变更更正申请审批表", "受理编号", "当事人基本情况", "申请人情况", "申请变更更正项目")
        .contains("变更更正前", "变更更正后", "申请理由", "已核验材料", "申请人签名")
        .contains("审批意见", "派出所意见", "分局意见", "市局意见")
        .contains(ACCEPTANCE_NO, STATION, ACCEPTED_ON, "陈丽华")
        .contains(NAME, "1992年08月16日", RESIDENT_ID, "汉族", "350305012388", "郑志明", "东庄村后埔78号")
        .contains("本人", "重大", "曾用名", NEW_NAME, "林志强", "2026年03月06日");
    Map<String, String> fields = ChangeForms.applicationFields();
    assertThat(text.replaceAll("\\s", ""))
        .contains(fields.get("reason"), fields.get("materials"), fields.get("stationOpinion"))
        .contains("第1页/共1页");
  }

  @Test
  void code128ScansBackToTheAcceptanceNumber() throws Exception {
    assertThat(PdfPages.decode(PdfPages.firstPageImage(standardPdf, 200), BarcodeFormat.CODE_128))
        .isEqualTo(ACCEPTANCE_NO);
  }

  @Test
  void printsTheConsentOfAMinorWhoseGuardianApplies() {
    Map<String, String> fields = ChangeForms.applicationFields();
    fields.put("name", "郑小雨");
    fields.put("birthDate", "2015年03月09日");
    fields.put("residentId", "350305201503090044");
    fields.put("relationToHead", "孙女");
    fields.put("applicantName", "郑建国");
    fields.put("applicantResidentId", "350305196604120018");
    fields.put("applicantRelation", "监护人（父亲）");
    fields.put("childConsent", "本人年满十周岁，同意将姓名变更为“郑雨萱”。");

    byte[] pdf =
        renderer.renderPdf(
            CHANGE_APPLICATION,
            ChangeForms.application(fields, List.of(ChangeForms.item("姓名", "重大", "郑小雨", "郑雨萱"))),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.text(pdf))
        .contains("当事人意见", "本人年满十周岁，同意将姓名变更为“郑雨萱”。")
        .contains("郑建国", "350305196604120018", "监护人（父亲）", "郑雨萱");
  }

  @Test
  void manyItemsContinueOnMorePagesUnderARepeatedTableHead() throws IOException {
    byte[] pdf =
        renderer.renderPdf(
            CHANGE_APPLICATION,
            ChangeForms.application(ChangeForms.applicationFields(), ChangeForms.items(40)),
            Locale.SIMPLIFIED_CHINESE);
    Path sample = Path.of("target", "samples", "change-application-many-items.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", ACCEPTANCE_NO);
    }
    String second = PdfPages.text(pdf, 2);
    assertThat(second).contains("申请变更更正项目", "序号", "变更更正前", "变更更正后");
    // the person is printed once, at the top of the first page
    assertThat(second).doesNotContain("当事人基本情况");
    assertThat(PdfPages.text(pdf)).contains("新服务处所第1号", "新服务处所第40号");
    assertThat(PdfPages.text(pdf, pages)).contains("申请人签名", "派出所意见", "市局意见");
  }

  @Test
  void upToFourItemsFitOnOnePage() {
    byte[] pdf =
        renderer.renderPdf(
            CHANGE_APPLICATION,
            ChangeForms.application(ChangeForms.applicationFields(), ChangeForms.items(4)),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.pageCount(pdf)).isEqualTo(1);
    assertThat(PdfPages.text(pdf)).contains("新服务处所第4号", "市局意见");
  }

  @Test
  void chinesePunctuationNeverStartsALine() {
    // clauses of every length up to a line of the narrowest cell, so that a comma or full stop
    // falls at every position of a line somewhere
    StringBuilder clauses = new StringBuilder();
    for (int length = 1; length <= 24; length++) {
      clauses.append("核".repeat(length)).append(length % 2 == 0 ? "，" : "。");
    }
    Map<String, String> fields = ChangeForms.applicationFields();
    for (String key : List.of("reason", "materials", "stationOpinion", "branchOpinion")) {
      fields.put(key, clauses.toString());
    }

    byte[] pdf =
        renderer.renderPdf(
            CHANGE_APPLICATION,
            ChangeForms.application(fields, List.of(ChangeForms.item("姓名", "重大", NAME, NEW_NAME))),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.text(pdf).lines().map(String::strip))
        .filteredOn(line -> line.contains("核"))
        .hasSizeGreaterThan(20)
        .noneMatch(line -> line.startsWith("，") || line.startsWith("。"));
  }

  @Test
  void longReasonMaterialsAndOpinionStretchInsteadOfBeingCut() {
    Map<String, String> fields = ChangeForms.applicationFields();
    String reason = "申请人自幼随外祖父母生活，".repeat(12) + "现申请将姓名变更为“郑建真”。";
    String materials = "居民户口簿、居民身份证、变更姓名申请书、".repeat(8) + "村民委员会出具的情况说明";
    String opinion = "经核查，申请人所述情况属实，材料齐全，".repeat(6) + "建议同意变更。";
    fields.put("reason", reason);
    fields.put("materials", materials);
    fields.put("branchOpinion", opinion);

    byte[] pdf =
        renderer.renderPdf(
            CHANGE_APPLICATION,
            ChangeForms.application(fields, List.of(ChangeForms.item("姓名", "重大", NAME, NEW_NAME))),
            Locale.SIMPLIFIED_CHINESE);

    assertThat(PdfPages.text(pdf).replaceAll("\\s", "")).contains(reason, materials, opinion);
  }
}
