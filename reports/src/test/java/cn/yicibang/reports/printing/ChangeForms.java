package cn.yicibang.reports.printing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data for the forms of one change-and-correction case, for tests: 郑建珍 of Dongzhuang town asks to
 * change her name to 郑建真 (acceptance number 350305101-2026-000123 at 东庄派出所).
 */
final class ChangeForms {

  static final String ACCEPTANCE_NO = "350305101-2026-000123";

  /** A long progress address, as a district's public server may have: printed whole. */
  static final String STATUS_URL =
      "https://yicibang.xiuyu.putian.gov.cn:8443/public/status.xhtml?no=" + ACCEPTANCE_NO;

  static final String STATION = "东庄派出所";
  static final String NAME = "郑建珍";
  static final String NEW_NAME = "郑建真";
  static final String RESIDENT_ID = "35030519920816002X";
  static final String MASKED_RESIDENT_ID = "350305********002X";
  static final String ACCEPTED_ON = "2026年03月05日";
  static final String NOTICE_NO = "350305101-BZ-2026-000045";

  /** The items applied for, as the notice and the decision print them. */
  static final String ITEMS = "姓名，由“" + NAME + "”变更为“" + NEW_NAME + "”";

  static final String DECISION_NO = "莆秀公户不更字〔2026〕第12号";

  static final String APPLICATION_URL =
      "https://yicibang.example.cn/api/public/forms/SQ-350305101-2026-000123-7F3A";
  static final String RECEIPT_URL =
      "https://yicibang.example.cn/api/public/forms/HZ-350305101-2026-000123-19C4";
  static final String NOTICE_URL =
      "https://yicibang.example.cn/api/public/forms/BZ-350305101-2026-000045-E2D0";
  static final String DECISION_URL =
      "https://yicibang.example.cn/api/public/forms/BY-350305101-2026-000012-5B8E";

  private ChangeForms() {}

  /** The standard sample of {@code form} (one of the four change-and-correction forms). */
  static FormData sample(OfficialForm form) {
    return switch (form) {
      case CHANGE_APPLICATION -> application();
      case CHANGE_RECEIPT -> receipt();
      case SUPPLEMENT_NOTICE -> supplementNotice();
      case REFUSAL_DECISION -> refusalDecision();
      default -> throw new IllegalArgumentException(form + " is not a change-and-correction form");
    };
  }

  /** The verification content the sample of {@code form} carries in its QR code. */
  static String verificationUrl(OfficialForm form) {
    return switch (form) {
      case CHANGE_APPLICATION -> APPLICATION_URL;
      case CHANGE_RECEIPT -> RECEIPT_URL;
      case SUPPLEMENT_NOTICE -> NOTICE_URL;
      case REFUSAL_DECISION -> DECISION_URL;
      default -> throw new IllegalArgumentException(form + " is not a change-and-correction form");
    };
  }

  /** Name change with the former name recorded, approved by the station, the rest to sign. */
  static FormData application() {
    return application(
        applicationFields(),
        List.of(item("姓名", "重大", NAME, NEW_NAME), item("曾用名", "一般", "", NAME)));
  }

  static FormData application(Map<String, String> fields, List<Map<String, String>> items) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(items)
        .qrCode("verificationQrCode", APPLICATION_URL)
        .code128("verificationCode128", ACCEPTANCE_NO);
  }

  /** The text fields of the application, in form order; a fresh map callers may change. */
  static Map<String, String> applicationFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("acceptanceNo", ACCEPTANCE_NO);
    fields.put("station", STATION);
    fields.put("acceptedOn", ACCEPTED_ON);
    fields.put("name", NAME);
    fields.put("sex", "女");
    fields.put("birthDate", "1992年08月16日");
    fields.put("residentId", RESIDENT_ID);
    fields.put("ethnicity", "汉族");
    fields.put("householdNo", "350305012388");
    fields.put("headName", "郑志明");
    fields.put("relationToHead", "女");
    fields.put("address", "福建省莆田市秀屿区东庄镇东庄村后埔78号");
    fields.put("applicantName", NAME);
    fields.put("applicantResidentId", RESIDENT_ID);
    fields.put("applicantRelation", "本人");
    fields.put("childConsent", "");
    fields.put("reason", "“珍”字与家中长辈姓名同音，依家族习俗需避讳，申请将姓名变更为“郑建真”。");
    fields.put("materials", "居民户口簿、居民身份证、变更姓名申请书、村民委员会出具的情况说明");
    fields.put("clerk", "陈丽华");
    fields.put("stationOpinion", "经核查，申请人所述情况属实，材料齐全，建议同意变更。");
    fields.put("stationSigner", "林志强");
    fields.put("stationDate", "2026年03月06日");
    fields.put("branchOpinion", "");
    fields.put("branchSigner", "");
    fields.put("branchDate", "");
    fields.put("cityOpinion", "");
    fields.put("citySigner", "");
    fields.put("cityDate", "");
    return fields;
  }

  static Map<String, String> item(String item, String itemClass, String oldValue, String newValue) {
    return Map.of("item", item, "itemClass", itemClass, "oldValue", oldValue, "newValue", newValue);
  }

  /** {@code count} item rows, each with a numbered old and new value. */
  static List<Map<String, String>> items(int count) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(item("服务处所", "一般", "旧服务处所第" + i + "号", "新服务处所第" + i + "号"));
    }
    return rows;
  }

  static FormData receipt() {
    return receipt(receiptFields());
  }

  static FormData receipt(Map<String, String> fields) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(
            List.of(
                Map.of("item", "姓名", "newValue", NEW_NAME),
                Map.of("item", "曾用名", "newValue", NAME)))
        .qrCode("verificationQrCode", RECEIPT_URL)
        .code128("verificationCode128", ACCEPTANCE_NO);
  }

  static Map<String, String> receiptFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("operation", "ITEM_CHANGE");
    fields.put("acceptanceNo", ACCEPTANCE_NO);
    fields.put("station", STATION);
    fields.put("acceptedOn", ACCEPTED_ON);
    fields.put("name", NAME);
    fields.put("maskedResidentId", MASKED_RESIDENT_ID);
    fields.put("applicantName", NAME);
    fields.put("dueOn", "2026年04月02日前（20个工作日）");
    fields.put("clerk", "陈丽华");
    fields.put("statusHint", "凭受理编号 " + ACCEPTANCE_NO + " 扫描右侧二维码、登录“一次办”平台或拨打服务电话 12345，可查询办理进度。");
    fields.put("statusUrl", STATUS_URL);
    return fields;
  }

  static FormData supplementNotice() {
    return FormData.create()
        .field("operation", "ITEM_CHANGE")
        .field("noticeNo", NOTICE_NO)
        .field("station", STATION)
        .field("issuedOn", "2026年03月05日")
        .field("applicantName", NAME)
        .field("name", NAME)
        .field("items", ITEMS)
        .field("deadline", "2026年04月03日")
        .field("clerk", "陈丽华")
        .rows(
            List.of(
                Map.of("material", "父母双方签字的同意变更姓名意见书", "note", "原件；父母一方已故的，提供死亡证明"),
                Map.of("material", "村民委员会出具的家族避讳习俗情况说明", "note", "原件，加盖村民委员会公章"),
                Map.of("material", "本人近期免冠彩色照片", "note", "二寸，两张")))
        .qrCode("verificationQrCode", NOTICE_URL);
  }

  static FormData refusalDecision() {
    return FormData.create()
        .field("operation", "ITEM_CHANGE")
        .field("decisionNo", DECISION_NO)
        .field("acceptanceNo", ACCEPTANCE_NO)
        .field("station", "莆田市公安局秀屿分局" + STATION)
        .field("decidedOn", "2026年03月20日")
        .field("applicantName", NAME)
        .field("name", NAME)
        .field("maskedResidentId", MASKED_RESIDENT_ID)
        .field("items", ITEMS)
        .field("grounds", "当事人已年满十八周岁，申请变更姓名所称避讳习俗经调查不属实，未能提供变更姓名的正当理由和相应证明材料。")
        .field("legalBasis", "《中华人民共和国户口登记条例》第十八条")
        .field(
            "remedy", "如不服本决定，可以在收到本决定书之日起六十日内向莆田市秀屿区人民政府申请行政复议，" + "或者在六个月内依法向莆田市秀屿区人民法院提起行政诉讼。")
        .field("decidedBy", "莆田市公安局秀屿分局")
        .qrCode("verificationQrCode", DECISION_URL);
  }
}
