package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms of births and deaths, rendered and read back: the declaration of a birth, the proof of
 * deregistration, and the receipt and refusal worded for each operation.
 */
class RegisterOperationFormsTest {

  private static final FormRenderer renderer = new FormRenderer();

  private static final String ACCEPTANCE_NO = "350305101-2026-000321";
  private static final String VERIFY_URL =
      "https://yicibang.example.cn/verify/HB-350305101-2026-000321-8A1C";

  static FormData birthDeclaration(String residentId) {
    return FormData.create()
        .field("acceptanceNo", ACCEPTANCE_NO)
        .field("station", "东庄派出所")
        .field("acceptedOn", "2026年12月7日")
        .field("clerk", "陈丽华")
        .field("name", "林小满")
        .field("sex", "女")
        .field("ethnicity", "汉族")
        .field("birthDate", "2026年11月20日")
        .field("birthplace", "福建省莆田市秀屿区")
        .field("certificateNo", "Q350123456")
        .field("residentId", residentId)
        .field("surname", "随父姓")
        .field("motherName", "陈小燕")
        .field("motherResidentId", "350305199507080329")
        .field("fatherName", "林志华")
        .field("fatherResidentId", "350305199303150313")
        .field("householdNo", "350305101001234")
        .field("headName", "陈小燕")
        .field("relationToHead", residentId.isEmpty() ? "" : "女")
        .field("address", "福建省莆田市秀屿区东庄镇东沁村12号")
        .field("applicantName", "陈小燕")
        .field("applicantRelation", "监护人")
        .field("applicantResidentId", "350305199507080329")
        .field("materials", "出生医学证明、父母双方居民身份证、居民户口簿、结婚证或离婚证")
        .field("reason", "申报新生儿出生登记")
        .field("stationOpinion", residentId.isEmpty() ? "" : "经核查，同意登记")
        .field("stationSigner", residentId.isEmpty() ? "" : "郑所长")
        .field("stationDate", residentId.isEmpty() ? "" : "2026年12月8日")
        .qrCode("verificationQrCode", VERIFY_URL)
        .code128("verificationCode128", ACCEPTANCE_NO);
  }

  @Test
  void theBirthDeclarationPrintsTheNewbornTheParentsAndOnceRegisteredTheNumber() throws Exception {
    byte[] declared =
        renderer.renderPdf(
            OfficialForm.BIRTH_DECLARATION, birthDeclaration(""), Locale.SIMPLIFIED_CHINESE);
    String text = PdfPages.text(declared);
    assertThat(text)
        .contains("出生登记申报表", "新生儿情况", "林小满", "Q350123456", "陈小燕", "林志华")
        .contains("350305199507080329", "350305199303150313", "随父姓", ACCEPTANCE_NO)
        .contains("申报人签名");
    assertThat(PdfPages.decode(PdfPages.firstPageImage(declared, 200), BarcodeFormat.CODE_128))
        .isEqualTo(ACCEPTANCE_NO);
    assertThat(PdfPages.decode(PdfPages.firstPageImage(declared, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(VERIFY_URL);

    byte[] registered =
        renderer.renderPdf(
            OfficialForm.BIRTH_DECLARATION,
            birthDeclaration("350305202611200026"),
            Locale.SIMPLIFIED_CHINESE);
    assertThat(PdfPages.text(registered)).contains("350305202611200026", "经核查，同意登记", "郑所长");
  }

  @Test
  void theProofOfDeregistrationCertifiesTheDeathAndTheCancellation() throws Exception {
    FormData data =
        FormData.create()
            .field("proofNo", "HP-350305101-2026-000012")
            .field("station", "东庄派出所")
            .field("issuedOn", "2026年12月7日")
            .field("name", "翁老成")
            .field("sex", "男")
            .field("birthDate", "1938年2月3日")
            .field("residentId", "350305193802030017")
            .field("address", "福建省莆田市秀屿区东庄镇东沁村3号")
            .field("householdNo", "350305101000777")
            .field("diedOn", "2026年12月1日")
            .field("deregisteredOn", "2026年12月7日")
            .field("acceptanceNo", ACCEPTANCE_NO)
            .field("legalBasis", "《中华人民共和国户口登记条例》第八条；受理编号 " + ACCEPTANCE_NO)
            .qrCode("verificationQrCode", VERIFY_URL);
    byte[] pdf =
        renderer.renderPdf(OfficialForm.DEREGISTRATION_PROOF, data, Locale.SIMPLIFIED_CHINESE);
    String text = PdfPages.text(pdf).replaceAll("\\s", "");
    assertThat(text)
        .contains("注销户口证明", "翁老成", "350305193802030017", "于2026年12月1日死亡")
        .contains("已于2026年12月7日依法办理死亡注销户口登记", "特此证明", "东庄派出所（印章）")
        .contains("第八条");
    assertThat(PdfPages.decode(PdfPages.firstPageImage(pdf, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(VERIFY_URL);

    byte[] english = renderer.renderPdf(OfficialForm.DEREGISTRATION_PROOF, data, Locale.ENGLISH);
    assertThat(PdfPages.text(english)).contains("Proof of Deregistration", "翁老成");
  }

  @Test
  void theReceiptAndTheRefusalNameTheOperation() {
    Map<String, String> fields = ChangeForms.receiptFields();
    fields.put("operation", "BIRTH");
    fields.put("name", "林小满");
    fields.put("maskedResidentId", "");
    FormData receipt = FormData.create();
    fields.forEach(receipt::field);
    receipt
        .rows(List.of(Map.of("item", "出生登记", "newValue", "林小满，女，2026年11月20日出生")))
        .qrCode("verificationQrCode", VERIFY_URL)
        .code128("verificationCode128", ChangeForms.ACCEPTANCE_NO);
    String text =
        PdfPages.text(
            renderer.renderPdf(OfficialForm.CHANGE_RECEIPT, receipt, Locale.SIMPLIFIED_CHINESE));
    assertThat(text).contains("出生登记受理回执", "申报内容", "林小满，女，2026年11月20日出生");
    assertThat(text).doesNotContain("变更更正受理回执");

    FormData refusal = ChangeForms.refusalDecision().field("operation", "DEATH");
    String refused =
        PdfPages.text(
                renderer.renderPdf(
                    OfficialForm.REFUSAL_DECISION, refusal, Locale.SIMPLIFIED_CHINESE))
            .replaceAll("\\s", "");
    assertThat(refused).contains("不予办理死亡注销户口决定书", "不予办理死亡注销户口。");
  }

  @Test
  void theMigrationRecordListsEveryoneMovingAndWhereTo() throws Exception {
    FormData data =
        FormData.create()
            .field("recordNo", "350305101-2026-000007")
            .field("station", "东庄派出所")
            .field("issuedOn", "2026年12月7日")
            .field("fromAddress", "福建省莆田市秀屿区东庄镇东沁村5号")
            .field("fromHouseholdNo", "350305101000555")
            .field("destination", "福建省福州市鼓楼区五四路100号")
            .field("acceptanceNo", ACCEPTANCE_NO)
            .field("legalBasis", "《中华人民共和国户口登记条例》第十条；受理编号 " + ACCEPTANCE_NO)
            .field("validUntil", "2027年1月16日")
            .rows(
                List.of(
                    Map.of(
                        "name",
                        "林海生",
                        "sex",
                        "男",
                        "birthDate",
                        "1975年5月5日",
                        "residentId",
                        "350305197505050019",
                        "ethnicity",
                        "汉族",
                        "birthplace",
                        "福建省莆田市",
                        "relationToHead",
                        "户主"),
                    Map.of(
                        "name",
                        "林小海",
                        "sex",
                        "男",
                        "birthDate",
                        "2005年1月2日",
                        "residentId",
                        "350305200501020031",
                        "ethnicity",
                        "汉族",
                        "birthplace",
                        "福建省莆田市",
                        "relationToHead",
                        "子")))
            .qrCode("verificationQrCode", VERIFY_URL);
    byte[] pdf = renderer.renderPdf(OfficialForm.MIGRATION_RECORD, data, Locale.SIMPLIFIED_CHINESE);
    String text = PdfPages.text(pdf).replaceAll("\\s", "");
    assertThat(text)
        .contains("户口迁移证", "林海生", "林小海", "350305197505050019", "350305200501020031")
        .contains("迁往福建省福州市鼓楼区五四路100号", "2027年1月16日前", "东庄派出所（印章）");
    assertThat(PdfPages.decode(PdfPages.firstPageImage(pdf, 200), BarcodeFormat.QR_CODE))
        .isEqualTo(VERIFY_URL);
  }
}
