package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three forms of the police-to-mediation handoff rendered and read back: the handover letter,
 * the mediation agreement with every element the law names in one copy per party plus the
 * committee's, and the note that mediation ended with where the dispute goes.
 */
class MediationFormsTest {

  private static final FormRenderer renderer = new FormRenderer();
  private static final String CASE_NO = "TJ350305101-2026-000012";
  private static final String COMMITTEE = "东沁村人民调解委员会";
  private static final String URL = "http://localhost:8080/api/public/forms/MA-20261201-ABCD1234";

  @Test
  void theHandoverLetterNamesThePartiesTheBodyAndTheTimeToAccept() {
    FormData data =
        FormData.create()
            .field("station", "东庄派出所")
            .field("caseNo", CASE_NO)
            .field("source", "110接警（110-20261201-0042）")
            .field("disputeType", "邻里纠纷")
            .field("place", "东庄镇东沁村第一网格第一单元 · 东沁村海滨路26号与28号之间")
            .field("body", COMMITTEE)
            .field("urgency", "一般")
            .field("summary", "两户因排水沟渗水及院墙界址发生争执，民警到场后双方情绪平稳，均同意调解。")
            .field("acceptBy", "2026年12月2日 10:15")
            .field("handedOverOn", "2026年12月1日")
            .qrCode("verificationQrCode", URL)
            .rows(
                List.of(
                    party("申请方", "林阿明", "居民身份证 350305********0013", "13905940001"),
                    party("被申请方", "陈阿华", "居民身份证 350305********0035", "13905940002")));
    String text =
        compact(
            PdfPages.text(
                renderer.renderPdf(
                    OfficialForm.MEDIATION_HANDOVER, data, Locale.SIMPLIFIED_CHINESE)));
    assertThat(text)
        .contains("人民调解移交告知书", CASE_NO, "东庄派出所（印章）", COMMITTEE + "：")
        .contains("林阿明", "陈阿华", "350305********0013", "经当事人同意", "2026年12月2日10:15前接收")
        .contains("移交接收回执", "接收人签名");
  }

  @Test
  void theAgreementHasEveryElementTheLawNamesInOneCopyPerPartyAndOneForTheCommittee()
      throws Exception {
    List<String[]> parties =
        List.of(
            new String[] {"申请方", "林阿明", "男", "居民身份证 350305197004040013", "东沁村海滨路26号 13905940001"},
            new String[] {"被申请方", "陈阿华", "男", "居民身份证 350305196809090035", "东沁村海滨路28号 13905940002"},
            new String[] {"被申请方", "王建业", "男", "护照 E12345678", ""});
    String[] holders = {"申请方林阿明执", "被申请方陈阿华执", "被申请方王建业执", "人民调解委员会存档"};
    List<Map<String, String>> rows = new ArrayList<>();
    for (int copy = 1; copy <= 4; copy++) {
      for (String[] p : parties) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("copy", Integer.toString(copy));
        row.put("copyLabel", "第 " + copy + " 份，共 4 份（" + holders[copy - 1] + "）");
        row.put("role", p[0]);
        row.put("name", p[1]);
        row.put("sex", p[2]);
        row.put("idDocument", p[3]);
        row.put("address", p[4]);
        rows.add(row);
      }
    }
    FormData data =
        FormData.create()
            .field("committee", COMMITTEE)
            .field("caseNo", CASE_NO)
            .field("disputeType", "邻里纠纷")
            .field("facts", "陈阿华家排水沟年久失修，雨季渗水致林阿明家院墙受损，双方为此争执。")
            .field("matters", "陈阿华对排水沟失修负主要责任，林阿明未及时告知负次要责任。")
            .field("content", "陈阿华自费修缮排水沟，并赔偿林阿明院墙修补费用人民币贰仟元整。")
            .field("performance", "修缮完毕后当面交付赔偿款，由村调委会见证。")
            .field("performanceDue", "2026年12月15日")
            .field("copies", "4")
            .field(
                "signatures", "申请方：林阿明 ____________\n被申请方：陈阿华 ____________\n被申请方：王建业 ____________")
            .field("mediators", "林秀英、郭文林")
            .field("settledOn", "2026年12月1日")
            .field("confirmationDue", "2026年12月31日")
            .qrCode("verificationQrCode", URL)
            .rows(rows);
    byte[] pdf =
        renderer.renderPdf(OfficialForm.MEDIATION_AGREEMENT, data, Locale.SIMPLIFIED_CHINESE);
    assertThat(PdfPages.pageCount(pdf)).as("one copy a page").isEqualTo(4);
    for (int page = 1; page <= 4; page++) {
      String copy = compact(PdfPages.text(pdf, page));
      assertThat(copy)
          .as("copy " + page)
          .contains("人民调解协议书", CASE_NO, "第" + page + "份，共4份（" + holders[page - 1] + "）")
          .contains("林阿明", "陈阿华", "王建业", "350305197004040013", "护照E12345678")
          .contains("纠纷主要事实", "陈阿华家排水沟年久失修", "各方当事人的责任", "负主要责任")
          .contains("达成如下协议", "赔偿林阿明院墙修补费用人民币贰仟元整", "履行方式和期限", "2026年12月15日前履行完毕")
          .contains("具有法律约束力", "一式4份", "司法确认", "2026年12月31日前")
          .contains("签名、盖章或者按指印", "申请方：林阿明", "被申请方：王建业", "人民调解员（签名）：林秀英、郭文林")
          .contains(COMMITTEE + "（印章）", "第" + page + "份/共4份");
    }
    assertThat(PdfPages.decode(PdfPages.firstPageImage(pdf, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(URL);
  }

  @Test
  void aLongAgreementTakesItsLastClausesOverWithTheSignaturesAndNumbersThePagesOfEachCopy()
      throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int copy = 1; copy <= 2; copy++) {
      for (String[] p :
          List.of(
              new String[] {"申请方", "林阿明", "男", "居民身份证 350305197004040013", "东沁村海滨路26号"},
              new String[] {"被申请方", "陈阿华", "男", "居民身份证 350305196809090035", "东沁村海滨路28号"})) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("copy", Integer.toString(copy));
        row.put("copyLabel", "第 " + copy + " 份，共 2 份");
        row.put("role", p[0]);
        row.put("name", p[1]);
        row.put("sex", p[2]);
        row.put("idDocument", p[3]);
        row.put("address", p[4]);
        rows.add(row);
      }
    }
    StringBuilder content = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      content.append(i).append("．陈阿华自费修缮排水沟第").append(i).append("段，并按约定赔偿林阿明院墙修补费用。\n");
    }
    FormData data =
        FormData.create()
            .field("committee", COMMITTEE)
            .field("caseNo", CASE_NO)
            .field("disputeType", "邻里纠纷")
            .field("facts", "陈阿华家排水沟年久失修，雨季渗水致林阿明家院墙受损，双方为此争执。".repeat(6))
            .field("matters", "陈阿华对排水沟失修负主要责任，林阿明未及时告知负次要责任。".repeat(4))
            .field("content", content.toString().strip())
            .field("performance", "修缮完毕后当面交付赔偿款，由村调委会见证。")
            .field("performanceDue", "2026年12月15日")
            .field("copies", "2")
            .field("signatures", "申请方：林阿明 ____________\n被申请方：陈阿华 ____________")
            .field("mediators", "林秀英")
            .field("settledOn", "2026年12月1日")
            .field("confirmationDue", "2026年12月31日")
            .qrCode("verificationQrCode", URL)
            .rows(rows);
    byte[] pdf =
        renderer.renderPdf(OfficialForm.MEDIATION_AGREEMENT, data, Locale.SIMPLIFIED_CHINESE);
    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).as("each copy runs over two pages").isEqualTo(4);
    for (int page = 1; page <= pages; page++) {
      String text = compact(PdfPages.text(pdf, page));
      int copy = (page + 1) / 2;
      int inCopy = page % 2 == 1 ? 1 : 2;
      assertThat(text).as("page " + page).contains("第" + copy + "份/共2份·第" + inCopy + "页/共2页");
      if (text.contains("签名、盖章或者按指印")) {
        // the signatures close clauses on their own page: never a page of signatures alone
        assertThat(text).as("page " + page).contains("履行方式和期限", "2026年12月15日前履行完毕");
      }
    }
    assertThat(compact(PdfPages.text(pdf, 2))).contains("签名、盖章或者按指印", COMMITTEE + "（印章）");
  }

  @Test
  void theReferralNoteListsEverySessionAndTheRoute() {
    List<Map<String, String>> rows = new ArrayList<>();
    String[] levels = {"村级", "村级", "村级", "村级", "镇级", "镇级", "镇级", "区级", "区级"};
    for (int i = 0; i < levels.length; i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("no", Integer.toString(i + 1));
      row.put("heldOn", "2026年11月" + (10 + i) + "日");
      row.put("level", levels[i]);
      row.put("mediatedBy", i < 4 ? COMMITTEE : i < 7 ? "东庄镇人民调解委员会" : "秀屿区人民调解委员会");
      row.put("result", "未达成协议");
      rows.add(row);
    }
    FormData data =
        FormData.create()
            .field("body", "秀屿区人民调解委员会")
            .field("caseNo", CASE_NO)
            .field("disputeType", "土地、宅基地及房屋权属纠纷")
            .field("parties", "林阿明、陈阿华")
            .field("station", "东庄派出所")
            .field("rounds", "村级4次、镇级3次、区级2次")
            .field("route", "引导诉讼")
            .field("note", "已告知双方可向莆田市秀屿区人民法院提起诉讼，并告知诉讼时效。")
            .field("referredOn", "2026年12月1日")
            .qrCode("verificationQrCode", URL)
            .rows(rows);
    String text =
        compact(
            PdfPages.text(
                renderer.renderPdf(
                    OfficialForm.MEDIATION_REFERRAL, data, Locale.SIMPLIFIED_CHINESE)));
    assertThat(text)
        .contains("人民调解终止告知书", CASE_NO, "村级4次、镇级3次、区级2次", "东庄镇人民调解委员会")
        .contains("未能达成调解协议", "转出途径：引导诉讼", "秀屿区人民法院", "第二十六条", "秀屿区人民调解委员会（印章）");
  }

  @Test
  void theMonthlyReportPrintsTheTotalsAndEveryBreakdownAndExportsAsASpreadsheet() throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(figure("level", "村（社区）级", "31", "30", "24", "2", "92.3%", "1.8"));
    rows.add(figure("level", "镇（街道）级", "7", "7", "5", "1", "83.3%", "2.2"));
    rows.add(figure("body", COMMITTEE, "18", "18", "15", "1", "93.8%", "1.6"));
    rows.add(figure("body", "月埔村乡贤调解委员会", "13", "12", "9", "1", "90.0%", "2.0"));
    rows.add(figure("type", "邻里纠纷", "20", "19", "17", "1", "94.4%", "1.5"));
    rows.add(figure("town", "东庄镇", "25", "25", "20", "2", "90.9%", "1.9"));
    FormData data =
        FormData.create()
            .field("issuer", "秀屿区司法局")
            .field("month", "2026年11月")
            .field("received", "38")
            .field("accepted", "37")
            .field("settled", "29")
            .field("referred", "3")
            .field("rate", "90.6%")
            .field("median", "4.0")
            .field("rounds", "1.9")
            .field("issuedOn", "2026年12月1日")
            .rows(rows);
    String text =
        compact(
            PdfPages.text(
                renderer.renderPdf(
                    OfficialForm.MEDIATION_MONTHLY, data, Locale.SIMPLIFIED_CHINESE)));
    assertThat(text)
        .contains("人民调解工作月报", "统计月份：2026年11月", "秀屿区司法局", "90.6%", "4.0")
        .contains("按调解层级", "按调解组织（调解室）", "按纠纷类型", "按镇（街道）")
        .contains("村（社区）级", "月埔村乡贤调解委员会", "邻里纠纷", "东庄镇", "93.8%");
    byte[] xlsx =
        renderer.renderXlsx(OfficialForm.MEDIATION_MONTHLY, data, Locale.SIMPLIFIED_CHINESE);
    // an Office Open XML workbook: a zip whose shared strings hold the report's words
    String strings = "";
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/sharedStrings.xml")) {
          strings = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(strings).contains("人民调解工作月报", "月埔村乡贤调解委员会", "东庄镇", "按纠纷类型");
  }

  private static Map<String, String> figure(
      String section,
      String name,
      String received,
      String accepted,
      String settled,
      String referred,
      String rate,
      String rounds) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("groupKey", section);
    row.put("name", name);
    row.put("received", received);
    row.put("accepted", accepted);
    row.put("settled", settled);
    row.put("referred", referred);
    row.put("rate", rate);
    row.put("rounds", rounds);
    return row;
  }

  private static Map<String, String> party(String role, String name, String id, String phone) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("role", role);
    row.put("name", name);
    row.put("idDocument", id);
    row.put("phone", phone);
    return row;
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
