package cn.yicibang.reports.printing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data for the forms of one “一件事一次办” case, for tests: 林晓燕 applies at the Xiuyu district service
 * hall for the birth bundle (出生一件事) of her daughter 陈一诺, six matters at four departments under
 * tracking number YJS-350305-2026-000318.
 */
final class BundleForms {

  static final String TRACKING_NO = "YJS-350305-2026-000318";

  /** A long progress address, as a district's public server may have: printed whole. */
  static final String STATUS_URL =
      "https://yicibang.xiuyu.putian.gov.cn:8443/public/status.xhtml?no=" + TRACKING_NO;

  static final String BUNDLE_NAME = "出生一件事";
  static final String HALL = "莆田市秀屿区政务服务中心";
  static final String APPLICANT = "林晓燕";
  static final String RESIDENT_ID = "350305199305160027";
  static final String MASKED_RESIDENT_ID = "350305********0027";
  static final String CLERK = "黄雅琴";
  static final String ISSUED_ON = "2026年02月26日";
  static final String SUBMITTED_ON = "2026年03月02日";
  static final String COMPLETED_ON = "2026年03月20日";
  static final String SOCIAL_SECURITY_CARD_NO = "社会保障卡卡号 M35030526A（已制卡，邮寄送达）";

  static final String HEALTH = "秀屿区卫生健康局";
  static final String POLICE = "东庄派出所";
  static final String MEDICAL_SECURITY = "秀屿区医疗保障局";
  static final String HUMAN_RESOURCES = "秀屿区人社局";

  static final String RECEIPT_URL =
      "https://yicibang.example.cn/api/public/forms/YJS-HZ-350305-2026-000318-4D71";
  static final String COMPLETION_URL =
      "https://yicibang.example.cn/api/public/forms/YJS-BJ-350305-2026-000318-A0C6";

  /** The six matters of the birth bundle: department, matter, time limit, expected completion. */
  static final List<List<String>> MATTERS =
      List.of(
          List.of(HEALTH, "出生医学证明", "1个工作日", "2026年03月03日"),
          List.of(HEALTH, "预防接种证", "即办", "2026年03月02日"),
          List.of(POLICE, "出生登记", "5个工作日；在“出生医学证明”之后", "2026年03月10日"),
          List.of(MEDICAL_SECURITY, "城乡居民医保参保", "即办；在“出生登记”之后", "2026年03月11日"),
          List.of(MEDICAL_SECURITY, "生育医疗费用报销", "10个工作日", "2026年03月16日"),
          List.of(HUMAN_RESOURCES, "社会保障卡", "10个工作日；在“出生登记”之后", "2026年03月24日"));

  /** Material, needed for, requirements. */
  static final List<List<String>> MATERIALS =
      List.of(
          List.of("出生医学证明", "出生登记、城乡居民医保参保、社会保障卡", "原件（由助产机构签发）"),
          List.of("父母双方居民身份证", "全部事项", "原件及复印件各1份"),
          List.of("居民户口簿", "出生登记", "原件"),
          List.of("结婚证", "出生登记、生育医疗费用报销", "原件及复印件1份"),
          List.of("银行账户信息", "生育医疗费用报销、社会保障卡", "申请人本人一类银行账户，银行卡或存折复印件1份"),
          List.of("住院费用发票及出院小结", "生育医疗费用报销", "原件"));

  static final String ELIGIBILITY =
      "1. 新生儿已在医疗机构出生并取得出生医学证明签发资格；\n"
          + "2. 新生儿父母至少一方为本区常住户口居民，或持有本区有效居住证；\n"
          + "3. 新生儿出生后一个月内申报出生登记。";

  static final String ITEMS = "1. 出生医学证明\n2. 预防接种证\n3. 出生登记\n4. 城乡居民医保参保\n5. 生育医疗费用报销\n6. 社会保障卡";

  private BundleForms() {}

  /** The standard sample of {@code form} (one of the four bundle forms). */
  static FormData sample(OfficialForm form) {
    return switch (form) {
      case BUNDLE_NOTICE -> notice();
      case BUNDLE_APPLICATION -> application();
      case BUNDLE_RECEIPT -> receipt();
      case BUNDLE_COMPLETION -> completion();
      default -> throw new IllegalArgumentException(form + " is not a bundle form");
    };
  }

  // 一次性告知书

  static FormData notice() {
    List<Map<String, String>> rows = new ArrayList<>(materialRows(MATERIALS));
    rows.addAll(officeRows());
    return notice(noticeFields(), rows);
  }

  static FormData notice(Map<String, String> fields, List<Map<String, String>> rows) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(rows);
  }

  static Map<String, String> noticeFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("bundleName", BUNDLE_NAME);
    fields.put("hall", HALL);
    fields.put("issuedOn", ISSUED_ON);
    fields.put("clerk", CLERK);
    fields.put("eligibility", ELIGIBILITY);
    fields.put("totalDays", "最长 20 个工作日（各事项并联办理，自受理之日起计算）");
    fields.put("hallContact", "秀屿区政务服务中心一楼“一件事一次办”综合窗口（秀屿区笏石镇凤山路2号）；咨询电话：0594-5883000");
    return fields;
  }

  /** One "materials" row per {@code materials} entry, numbered from 1. */
  static List<Map<String, String>> materialRows(List<List<String>> materials) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> material : materials) {
      rows.add(
          noticeRow(
              "materials", rows.size() + 1, material.get(0), material.get(1), material.get(2)));
    }
    return rows;
  }

  /** One "offices" row per matter of the bundle, numbered from 1. */
  static List<Map<String, String>> officeRows() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> matter : MATTERS) {
      rows.add(noticeRow("offices", rows.size() + 1, matter.get(0), matter.get(1), matter.get(2)));
    }
    return rows;
  }

  static Map<String, String> noticeRow(
      String groupKey, int no, String col1, String col2, String col3) {
    return Map.of(
        "groupKey", groupKey, "no", String.valueOf(no), "col1", col1, "col2", col2, "col3", col3);
  }

  // 一表申请表

  static FormData application() {
    return application(applicationFields(), applicationRows());
  }

  static FormData application(Map<String, String> fields, List<Map<String, String>> rows) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(rows);
  }

  static Map<String, String> applicationFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("trackingNo", TRACKING_NO);
    fields.put("bundleName", BUNDLE_NAME);
    fields.put("hall", HALL);
    fields.put("preparedOn", SUBMITTED_ON);
    fields.put("clerk", CLERK);
    fields.put("items", ITEMS);
    return fields;
  }

  static List<Map<String, String>> applicationRows() {
    return List.of(
        entry("新生儿信息", "姓名", "陈一诺"),
        entry("新生儿信息", "性别", "女"),
        entry("新生儿信息", "出生日期", "2026年02月18日"),
        entry("新生儿信息", "出生地点", "福建省莆田市第一医院"),
        entry("新生儿信息", "民族", "汉族"),
        entry("母亲信息", "姓名", APPLICANT),
        entry("母亲信息", "公民身份号码", RESIDENT_ID),
        entry("母亲信息", "联系电话", "13805941234"),
        entry("父亲信息", "姓名", "陈志远"),
        entry("父亲信息", "公民身份号码", "350305199101080015"),
        entry("户籍登记信息", "申报户口地址", "福建省莆田市秀屿区东庄镇东庄村后埔78号"),
        entry("户籍登记信息", "户主姓名及与新生儿关系", "陈建国（祖父）"),
        entry("医保及社保卡信息", "参保险种", "城乡居民基本医疗保险"),
        entry("医保及社保卡信息", "报销及社保卡银行账户", "中国农业银行莆田秀屿支行 6228480089123456789"),
        entry("医保及社保卡信息", "社会保障卡领取方式", "邮寄送达：福建省莆田市秀屿区东庄镇东庄村后埔78号，林晓燕收"));
  }

  static Map<String, String> entry(String group, String label, String value) {
    return Map.of("group", group, "label", label, "value", value);
  }

  // 受理回执

  static FormData receipt() {
    return receipt(receiptFields(), receiptRows());
  }

  static FormData receipt(Map<String, String> fields, List<Map<String, String>> rows) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(rows)
        .qrCode("verificationQrCode", RECEIPT_URL)
        .code128("verificationCode128", TRACKING_NO);
  }

  static Map<String, String> receiptFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("trackingNo", TRACKING_NO);
    fields.put("bundleName", BUNDLE_NAME);
    fields.put("applicantName", APPLICANT);
    fields.put("maskedResidentId", MASKED_RESIDENT_ID);
    fields.put("hall", HALL);
    fields.put("submittedOn", SUBMITTED_ON);
    fields.put("clerk", CLERK);
    fields.put("dueOn", "2026年03月30日前（最长20个工作日）");
    fields.put(
        "statusHint", "凭受理编号 " + TRACKING_NO + " 扫描右侧二维码、登录“一次办”平台或拨打服务电话 12345，可查询各事项办理进度。");
    fields.put("statusUrl", STATUS_URL);
    return fields;
  }

  static List<Map<String, String>> receiptRows() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> matter : MATTERS) {
      rows.add(
          Map.of(
              "no",
              String.valueOf(rows.size() + 1),
              "department",
              matter.get(0),
              "item",
              matter.get(1),
              "dueOn",
              matter.get(3)));
    }
    return rows;
  }

  // 办结通知书

  static FormData completion() {
    return completion(completionFields(), completionRows());
  }

  static FormData completion(Map<String, String> fields, List<Map<String, String>> rows) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.rows(rows).qrCode("verificationQrCode", COMPLETION_URL);
  }

  static Map<String, String> completionFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("trackingNo", TRACKING_NO);
    fields.put("bundleName", BUNDLE_NAME);
    fields.put("applicantName", APPLICANT);
    fields.put("maskedResidentId", MASKED_RESIDENT_ID);
    fields.put("hall", HALL);
    fields.put("submittedOn", SUBMITTED_ON);
    fields.put("completedOn", COMPLETED_ON);
    return fields;
  }

  static List<Map<String, String>> completionRows() {
    return List.of(
        result(1, HEALTH, "出生医学证明", "已签发，编号 R350123456", "2026年03月03日"),
        result(2, HEALTH, "预防接种证", "已办结", "2026年03月02日"),
        result(3, POLICE, "出生登记", "已登记，公民身份号码 350305202602180043", "2026年03月09日"),
        result(4, MEDICAL_SECURITY, "城乡居民医保参保", "已参保（2026年度）", "2026年03月10日"),
        result(5, MEDICAL_SECURITY, "生育医疗费用报销", "已报销 3,268.50 元", "2026年03月16日"),
        result(6, HUMAN_RESOURCES, "社会保障卡", SOCIAL_SECURITY_CARD_NO, COMPLETED_ON));
  }

  static Map<String, String> result(
      int no, String department, String item, String result, String completedOn) {
    return Map.of(
        "no",
        String.valueOf(no),
        "department",
        department,
        "item",
        item,
        "result",
        result,
        "completedOn",
        completedOn);
  }
}
