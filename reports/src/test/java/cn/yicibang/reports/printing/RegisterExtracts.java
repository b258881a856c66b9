package cn.yicibang.reports.printing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Register extract data for tests: a resident of Dongzhuang town, Xiuyu District. */
final class RegisterExtracts {

  static final String NAME = "林秀英";
  static final String RESIDENT_ID = "350305198503120027";
  static final String VERIFICATION_REFERENCE = "HY-350305-2024-000137";
  static final String VERIFICATION_URL =
      "https://yicibang.example.cn/verify?ref=HY-350305-2024-000137&c=7F3A";

  private RegisterExtracts() {}

  static FormData linXiuying() {
    return person(NAME)
        .rows(
            List.of(
                change("婚姻状况", "未婚", "已婚", "2010年05月20日", "结婚登记 闽莆秀结字第2010-0518号"),
                change("服务处所", "莆田市秀屿区月塘镇中心小学", "莆田市秀屿区东庄镇中心小学", "2016年09月01日", "单位调动证明"),
                change("文化程度", "大学专科", "大学本科", "2019年07月10日", "毕业证书")));
  }

  /** All person fields and the verification block, no history rows. */
  static FormData person(String name) {
    Map<String, String> fields = personFields();
    fields.put("name", name);
    return person(fields);
  }

  static FormData person(Map<String, String> fields) {
    FormData data = FormData.create();
    fields.forEach(data::field);
    return data.qrCode("verificationQrCode", VERIFICATION_URL)
        .code128("verificationCode128", VERIFICATION_REFERENCE);
  }

  /** The text fields of the register extract, in form order; a fresh map callers may change. */
  static Map<String, String> personFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", NAME);
    fields.put("formerNames", "林秀");
    fields.put("sex", "女");
    fields.put("ethnicity", "汉族");
    fields.put("birthDate", "1985年03月12日");
    fields.put("birthplace", "福建省莆田市秀屿区");
    fields.put("nativePlace", "福建省莆田市");
    fields.put("residentId", RESIDENT_ID);
    fields.put("relationToHead", "妻");
    fields.put("headName", "陈志强");
    fields.put("householdNo", "350305012345");
    fields.put("address", "福建省莆田市秀屿区东庄镇东庄村前厝45号");
    fields.put("education", "大学本科");
    fields.put("maritalStatus", "已婚");
    fields.put("employer", "莆田市秀屿区东庄镇中心小学");
    fields.put("occupation", "教师");
    fields.put("registeredOn", "1985年04月02日");
    fields.put("printingOrganisation", "莆田市公安局秀屿分局东庄派出所");
    fields.put("printedOn", "2024年06月18日");
    fields.put("verificationReference", VERIFICATION_REFERENCE);
    return fields;
  }

  static Map<String, String> change(
      String item, String oldValue, String newValue, String changedOn, String basis) {
    return Map.of(
        "item",
        item,
        "oldValue",
        oldValue,
        "newValue",
        newValue,
        "changedOn",
        changedOn,
        "basis",
        basis);
  }
}
