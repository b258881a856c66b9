package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.bundle.OverdueTasks;
import cn.yicibang.ejb.database.YicibangDataSource;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The six seeded one-stop bundles on the real Payara Micro, over REST as the hall's automation and
 * the department systems use it: each bundle's one-time notification lists every material once, its
 * one form asks every canonical field once, and an application runs from intake to completion with
 * each department doing its part in the catalogue's order; a returned part is corrected and resent
 * alone; the public status page tells nothing without the identity-number tail and never a name.
 * The tests run in the server only to make their own residents and read the database.
 */
@ExtendWith(ArquillianExtension.class)
class BundleIT {

  private static final String HALL = "hall.xiuyu";
  private static final String DONGQIN_UNIT = "350305101201001001";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Who works each receiving organisation's list in the demo data. */
  private static final Map<String, String> OFFICERS =
      Map.of(
          "DEPT-HEALTH", "officer.health",
          "DEPT-HRSS", "officer.hrss",
          "DEPT-MEDINS", "officer.medins",
          "DEPT-PENSION", "officer.pension",
          "DEPT-CIVIL", "officer.civil",
          "DEPT-MARKET", "officer.market",
          "DEPT-TAX", "officer.tax",
          "DEPT-HOUSING", "officer.housing",
          "PS-DONGZHUANG", "clerk.dongzhuang",
          "BB-XIUYU", "approver.xiuyu");

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private OverdueTasks overdueTasks;

  @Test
  void birth() throws Exception {
    String no = runFromIntakeToCompletion("BIRTH", birthValues());
    // the police part was the station's birth registration: the newborn is in the register, and
    // the medical insurance enrolment that waited for it received the newborn's identity number
    String newborn =
        Sql.single(
            dataSource,
            "select p.resident_id from bundle_task t join bundle_application a on a.id = t.application_id"
                + " join change_application c on c.id = t.change_application_id"
                + " join person p on p.id = c.person_id where a.tracking_no = ?",
            no);
    assertThat(ResidentId.isValid(newborn)).as(newborn).isTrue();
    JsonObject person =
        Http.json(Http.get(uri("api/persons/" + newborn), "clerk.dongzhuang", null).body());
    assertThat(person.getString("name")).isEqualTo("林晨曦");
    assertThat(person.getString("status")).isEqualTo("ACTIVE");
    assertThat(
            Sql.single(
                dataSource,
                "select payload from notification where topic = 'BUNDLE_TASK' and subject_ref like ?",
                no + ":MEDINS_ENROL:%"))
        .contains("\"registered\"", newborn);
  }

  @Test
  void aBirthDeclaredLateNeedsTheStatementTheStationsRuleNamesAndNothingElse() throws Exception {
    JsonObject notice = Http.json(Http.get(uri("api/bundles/BIRTH/notice"), HALL, null).body());
    JsonObject late =
        notice.getJsonArray("materials").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("code").equals("LATE_BIRTH_PROOF"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the late statement is not on the notice"));
    assertThat(late.getString("when")).isEqualTo("（超过30日申报时）");

    Map<String, String> v = birthValues();
    v.put("child.birthDate", today().minusDays(45).toString());
    Map<String, String> values = prefilled("BIRTH", v);
    Set<String> seen = new HashSet<>(allMaterials("BIRTH"));
    seen.remove("LATE_BIRTH_PROOF");
    HttpResponse<String> without =
        Http.post(uri("api/bundle-applications"), HALL, submission("BIRTH", values, seen), null);
    assertThat(without.statusCode()).as(without.body()).isEqualTo(400);
    assertThat(without.body()).contains(late.getString("name"));

    seen.add("LATE_BIRTH_PROOF");
    String no = submit("BIRTH", values, seen, null);

    // the health bureau's list masks the mother's number, and nothing beside it gives it back;
    // opening the one task shows it whole, and is audited
    String mother = values.get("mother.residentId");
    JsonObject listed =
        Http.jsonArray(Http.get(uri("api/bundle-tasks?open=true"), "officer.health", null).body())
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(
                o ->
                    o.getString("trackingNo").equals(no)
                        && o.getString("itemCode").equals("BIRTH_CERT"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the birth certificate part is not listed"));
    assertThat(listed.toString())
        .contains(ResidentId.of(mother).masked())
        .doesNotContain(mother)
        .doesNotContain(ResidentId.of(mother).birthDate().toString());
    String whole =
        Http.get(uri("api/bundle-tasks/" + listed.getString("id")), "officer.health", null).body();
    assertThat(whole).contains(mother);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where action = 'VIEW_PERSON' and subject_type = 'BundleTask' and subject_id = ?",
                listed.getString("id")))
        .isEqualTo(1);
    act(task(detail(no), "BIRTH_CERT"), "出生医学证明 Q350" + suffix());
    // the station took the late declaration complete: it has its acceptance number at once
    JsonObject registration = task(detail(no), "BIRTH_REG");
    assertThat(changeNo(registration)).as(registration.toString()).isNotNull();
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from change_application_material_seen m join change_application c"
                    + " on c.id = m.application_id where c.acceptance_no = ? and m.material_code = 'LATE_BIRTH_PROOF'",
                changeNo(registration)))
        .isEqualTo(1);

    // on time, the statement is not asked for
    Map<String, String> onTime = prefilled("BIRTH", birthValues());
    Set<String> fewer = new HashSet<>(allMaterials("BIRTH"));
    fewer.remove("LATE_BIRTH_PROOF");
    submit("BIRTH", onTime, fewer, null);
  }

  @Test
  void marriageAndChildbearing() throws Exception {
    String groom = adult("陈志强", 1995, true);
    String bride = adult("林佳慧", 1997, false);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("groom.residentId", groom);
    v.put("bride.residentId", bride);
    v.put("applicant.residentId", groom);
    v.put("applicant.phone", "13905941234");
    String no = runFromIntakeToCompletion("MARRIAGE", v);
    // the police parts were each spouse's own item change at their station, taken on the
    // certificate the marriage registration issued: both are married in the register
    for (String spouse : List.of(groom, bride)) {
      JsonObject p =
          Http.json(Http.get(uri("api/persons/" + spouse), "clerk.dongzhuang", null).body());
      assertThat(p.getString("maritalStatus")).as(spouse).isEqualTo("MARRIED");
      assertThat(
              Sql.single(
                  dataSource,
                  "select c.reason from change_application c join person p on p.id = c.person_id"
                      + " where p.resident_id = ?",
                  spouse))
          .contains(no, "MARRIAGE_REG-");
    }
  }

  @Test
  void aSpouseAlreadyRecordedMarriedReturnsTheirPartWithTheStationsReason() throws Exception {
    String groom = adult("许文杰", 1993, true);
    String bride = adult("周雅婷", 1996, false);
    try (var c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "update person set marital_status = 'MARRIED' where resident_id = ?")) {
      s.setString(1, bride);
      s.executeUpdate();
    }
    Map<String, String> v = new LinkedHashMap<>();
    v.put("groom.residentId", groom);
    v.put("bride.residentId", bride);
    v.put("applicant.residentId", groom);
    v.put("applicant.phone", "13905948765");
    String no = submit("MARRIAGE", prefilled("MARRIAGE", v), allMaterials("MARRIAGE"), null);
    act(task(detail(no), "MARRIAGE_REG"), resultOf("MARRIAGE_REG"));
    JsonObject d = detail(no);
    // the groom's station took his change; the bride's returned her part to the hall, with why
    assertThat(changeNo(task(d, "MARITAL_STATUS_GROOM"))).isNotNull();
    assertThat(task(d, "MARITAL_STATUS_BRIDE").getString("status")).isEqualTo("RETURNED");
    assertThat(task(d, "MARITAL_STATUS_BRIDE").getString("returnReason")).contains("婚姻状况");
    // the marriage registration the civil affairs bureau did stands
    assertThat(task(d, "MARRIAGE_REG").getString("status")).isEqualTo("COMPLETED");
  }

  @Test
  void movingIn() throws Exception {
    String host = adult("黄永福", 1968, true);
    // the person moving in is registered elsewhere (Fuzhou, Gulou District), not in this register
    LocalDate birth = LocalDate.of(1996, 4, 12);
    String mover =
        ResidentId.issue("350102", birth, 2 * ThreadLocalRandom.current().nextInt(1, 499)).value();
    Map<String, String> v = new LinkedHashMap<>();
    v.put("host.residentId", host);
    v.put("mover.residentId", mover);
    v.put("mover.name", "郭雨萱");
    v.put("mover.sex", "FEMALE");
    v.put("mover.birthDate", birth.toString());
    v.put("mover.fromAddress", "福建省福州市鼓楼区五四路100号");
    v.put("movein.relationToHost", "儿媳");
    v.put("movein.reason", "婚后投靠配偶家庭");
    v.put("movein.hasLegalHousing", "YES");
    v.put("mover.ethnicity", "汉族");
    v.put("movein.certificateNo", "FZ2026" + suffix());
    v.put("movein.certificateAuthority", "福州市公安局鼓楼分局");
    v.put("applicant.residentId", host);
    v.put("applicant.phone", "13600594321");
    runFromIntakeToCompletion("MOVE_IN", v);
    // the police part was the station's own move in: she is in the register with her number
    JsonObject p =
        Http.json(Http.get(uri("api/persons/" + mover), "clerk.dongzhuang", null).body());
    assertThat(p.getString("name")).isEqualTo("郭雨萱");
    assertThat(p.getString("relationToHead")).isEqualTo("DAUGHTER_IN_LAW");
    assertThat(p.getString("movedFrom")).isEqualTo("福建省福州市鼓楼区五四路100号");
  }

  @Test
  void registerChangeAndCorrection() throws Exception {
    String subject = adult("吴海燕", 1983, false);
    String no = runFromIntakeToCompletion("CHANGE_CORRECTION", changeValues(subject, "个体经营户"));
    // the police part went through the station's own change-and-correction service
    JsonObject person =
        Http.json(Http.get(uri("api/persons/" + subject), "clerk.dongzhuang", null).body());
    assertThat(person.toString()).contains("个体经营户");
    assertThat(
            Sql.single(
                dataSource,
                "select c.status from change_application c join bundle_task t on t.change_application_id = c.id"
                    + " join bundle_application a on a.id = t.application_id where a.tracking_no = ?",
                no))
        .isEqualTo("APPROVED");
  }

  @Test
  void businessStart() throws Exception {
    String rep = adult("郑海波", 1988, true);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("legalrep.residentId", rep);
    v.put("legalrep.phone", "13859901234");
    v.put("company.name", "莆田市秀屿区海韵水产有限公司" + suffix());
    v.put("company.type", "有限责任公司（自然人投资或控股）");
    v.put("company.address", "福建省莆田市秀屿区东庄镇东沁村海滨路18号");
    v.put("company.capital", "100");
    v.put("company.scope", "水产品加工、销售；冷藏仓储服务");
    v.put("company.employees", "8");
    v.put("bank.name", "中国农业银行莆田秀屿支行");
    v.put("bank.account", "6228480598765432101");
    v.put("applicant.residentId", rep);
    v.put("applicant.phone", "13859901234");
    runFromIntakeToCompletion("BUSINESS_START", v);
  }

  @Test
  void afterADeath() throws Exception {
    String son = adult("蔡国栋", 1966, true);
    String father =
        Residents.member(dataSource, son, "蔡德茂", LocalDate.of(1938, 2, 2), true, "FATHER");
    Map<String, String> v = new LinkedHashMap<>();
    v.put("deceased.residentId", father);
    v.put("death.date", today().minusDays(3).toString());
    v.put("death.place", "秀屿区医院");
    v.put("death.cause", "疾病死亡");
    v.put("applicant.residentId", son);
    v.put("applicant.relation", "子");
    v.put("applicant.phone", "13706941122");
    v.put("bank.name", "中国建设银行莆田秀屿支行");
    v.put("bank.account", "6217001830001234567");
    String no = runFromIntakeToCompletion("AFTER_DEATH", v);
    // the police part was the station's deregistration: the father is deceased, still findable
    JsonObject deceased =
        Http.json(Http.get(uri("api/persons/" + father), "clerk.dongzhuang", null).body());
    assertThat(deceased.getString("status")).isEqualTo("DECEASED");
    assertThat(deceased.getString("statusOn")).isEqualTo(v.get("death.date"));
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from bundle_application a join bundle_task t on t.application_id = a.id"
                    + " join change_application c on c.id = t.change_application_id"
                    + " join notification n on n.subject_ref = c.acceptance_no"
                    + " where a.tracking_no = ? and n.topic = 'DEATH_REGISTERED'",
                no))
        .as("pension, medical insurance and civil affairs told")
        .isEqualTo(3);
  }

  @Test
  void aReturnedPartIsCorrectedAndResentAloneTheOthersUntouched() throws Exception {
    String no = submit("BIRTH", prefilled("BIRTH", birthValues()), allMaterials("BIRTH"), null);
    // the health bureau issues the birth certificate; the maternity claim is sent after it
    act(task(detail(no), "BIRTH_CERT"), "出生医学证明 R350305" + suffix());
    JsonObject maternity = task(detail(no), "MATERNITY");
    assertThat(maternity.getString("status")).isEqualTo("SENT");

    HttpResponse<String> returned =
        Http.post(
            uri("api/bundle-tasks/" + maternity.getString("id") + "/return"),
            "officer.medins",
            "{\"reason\":\"银行账号与户名不符，请核对后重新提交\"}",
            null);
    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    JsonObject before = detail(no);
    assertThat(task(before, "MATERNITY").getString("status")).isEqualTo("RETURNED");
    assertThat(task(before, "MATERNITY").getString("returnReason")).contains("银行账号");

    // a part may not touch another part's fields
    HttpResponse<String> foreign =
        Http.post(
            uri("api/bundle-applications/" + no + "/tasks/MATERNITY/resend"),
            HALL,
            "{\"values\":{\"bank.account\":\"6228480598700000018\",\"child.name\":\"改名\"}}",
            null);
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("child.name");
    // a part that was not returned is not resent
    assertThat(
            Http.post(
                    uri("api/bundle-applications/" + no + "/tasks/VACCINATION/resend"),
                    HALL,
                    "{\"values\":{}}",
                    null)
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> resent =
        Http.post(
            uri("api/bundle-applications/" + no + "/tasks/MATERNITY/resend"),
            HALL,
            "{\"values\":{\"bank.account\":\"6228480598700000018\"}}",
            null);
    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
    JsonObject after = Http.json(resent.body());
    JsonObject m = task(after, "MATERNITY");
    assertThat(m.getString("status")).isEqualTo("SENT");
    assertThat(m.getInt("round")).isEqualTo(2);
    // every other part exactly as it was
    for (JsonValue t : before.getJsonArray("tasks")) {
      String item = t.asJsonObject().getString("itemCode");
      if (!item.equals("MATERNITY")) {
        assertThat(task(after, item)).as(item).isEqualTo(t.asJsonObject());
      }
    }
    Map<String, String> valuesAfter = valuesOf(after);
    Map<String, String> expected = new HashMap<>(valuesOf(before));
    expected.put("bank.account", "6228480598700000018");
    assertThat(valuesAfter).isEqualTo(expected);

    // the department gets the resent part as a new notification; the first one is settled
    assertThat(
            Sql.single(
                dataSource,
                "select status from notification where topic = 'BUNDLE_TASK' and subject_ref = ?",
                no + ":MATERNITY:1"))
        .isEqualTo("ACKNOWLEDGED");
    assertThat(
            Sql.single(
                dataSource,
                "select status from notification where topic = 'BUNDLE_TASK' and subject_ref = ?",
                no + ":MATERNITY:2"))
        .isEqualTo("PENDING");
    JsonArray medins =
        Http.jsonArray(Http.get(uri("api/bundle-tasks?open=true"), "officer.medins", null).body());
    JsonObject listed =
        medins.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("id").equals(m.getString("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("resent part not in the medical insurance list"));
    assertThat(listed.getInt("round")).isEqualTo(2);
    assertThat(listed.getJsonArray("fields").toString()).contains("6228480598700000018");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where subject_id = ? and detail like 'RESENT %bank.account%'",
                m.getString("id")))
        .isEqualTo(1);
  }

  @Test
  void aRefusedPolicePartIsResentAsANewChangeApplicationAndTheRestWaitsForIt() throws Exception {
    String subject = adult("翁春兰", 1979, false);
    String no =
        submit(
            "CHANGE_CORRECTION",
            prefilled("CHANGE_CORRECTION", changeValues(subject, "无业")),
            allMaterials("CHANGE_CORRECTION"),
            null);
    JsonObject part = task(detail(no), "HOUSEHOLD_CHANGE");
    String first = part.getString("changeAcceptanceNo");
    assertThat(first).matches("350305101-\\d{4}-\\d{6}");

    HttpResponse<String> refused =
        Http.post(
            uri("api/household-changes/" + first + "/decisions"),
            "head.dongzhuang",
            "{\"kind\":\"REFUSE\",\"refusalGround\":\"NO_PROOF\",\"opinion\":\"未提供职业变更证明\"}",
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    JsonObject d = detail(no);
    assertThat(task(d, "HOUSEHOLD_CHANGE").getString("status")).isEqualTo("RETURNED");
    assertThat(task(d, "HOUSING_FUND_INFO").getString("status")).isEqualTo("WAITING");
    assertThat(task(d, "TAX_INFO").getString("status")).isEqualTo("WAITING");

    HttpResponse<String> resent =
        Http.post(
            uri("api/bundle-applications/" + no + "/tasks/HOUSEHOLD_CHANGE/resend"),
            HALL,
            "{\"values\":{\"change.newValue\":\"个体经营户\",\"change.reason\":\"已开办个体工商户，附营业执照\"}}",
            null);
    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
    JsonObject again = task(Http.json(resent.body()), "HOUSEHOLD_CHANGE");
    String second = again.getString("changeAcceptanceNo");
    assertThat(second).isNotEqualTo(first).matches("350305101-\\d{4}-\\d{6}");
    assertThat(again.getInt("round")).isEqualTo(2);
    assertThat(again.getString("status")).isEqualTo("ACCEPTED");
    // the refused application stays refused, as it was decided
    assertThat(
            Sql.single(
                dataSource, "select status from change_application where acceptance_no = ?", first))
        .isEqualTo("REFUSED");

    runToCompletion(no);
    assertThat(
            Sql.single(
                dataSource,
                "select status from change_application where acceptance_no = ?",
                second))
        .isEqualTo("APPROVED");
    assertThat(task(detail(no), "HOUSEHOLD_CHANGE").getString("resultRef")).isEqualTo(second);
    assertThat(
            Http.json(Http.get(uri("api/persons/" + subject), "clerk.dongzhuang", null).body())
                .toString())
        .contains("个体经营户");
  }

  @Test
  void aPartPastItsDueDateIsRaisedOnceToTheHallSupervisor() throws Exception {
    String no = submit("BIRTH", prefilled("BIRTH", birthValues()), allMaterials("BIRTH"), null);
    JsonObject cert = task(detail(no), "BIRTH_CERT");
    // the health bureau has let it lie: its due date was three days ago
    Sql.execute(
        dataSource,
        "update bundle_task set due_on = ? where id = ?",
        today().minusDays(3),
        UUID.fromString(cert.getString("id")));

    // twice, as two nodes or two rounds of the schedule would: raised once per sending
    overdueTasks.raise();
    overdueTasks.raise();
    JsonObject d = detail(no);
    assertThat(task(d, "BIRTH_CERT").getBoolean("overdue")).isTrue();
    assertThat(task(d, "VACCINATION").getBoolean("overdue")).isFalse();
    assertThat(
            d.getJsonArray("events").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("OVERDUE"))
                .map(e -> e.getString("item")))
        .containsExactly("出生医学证明签发");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where subject_id = ? and detail like 'OVERDUE since %'",
                cert.getString("id")))
        .isEqualTo(1);

    HttpResponse<String> list =
        Http.get(uri("api/bundle-applications/overdue"), "supervisor.xiuyu", null);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonObject raised =
        Http.jsonArray(list.body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("trackingNo").equals(no))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(no + " not in the supervisor's list " + list.body()));
    assertThat(raised.getString("item")).isEqualTo("出生医学证明签发");
    assertThat(raised.getString("department")).isEqualTo("秀屿区卫生健康局");
    assertThat(raised.getInt("daysOver")).isEqualTo(3);
    // the counter clerk of the hall is not the supervisor
    assertThat(Http.get(uri("api/bundle-applications/overdue"), HALL, null).statusCode())
        .isEqualTo(403);

    // once the department completes it, it is no longer overdue
    act(cert, "出生医学证明 R350305" + suffix());
    assertThat(
            Http.jsonArray(
                    Http.get(uri("api/bundle-applications/overdue"), "supervisor.xiuyu", null)
                        .body())
                .stream()
                .map(o -> o.asJsonObject().getString("trackingNo")))
        .doesNotContain(no);
  }

  @Test
  void aChangeBundleAsksForTheProofOfTheItemChosenSoTheStationNeedsNothingMore() throws Exception {
    String subject = adult("郑美玲", 1986, false);
    Map<String, String> values = prefilled("CHANGE_CORRECTION", changeValues(subject, "个体经营户"));
    values.put("change.item", "NAME");
    values.put("change.newValue", "郑美琳");
    values.put("change.reason", "本人申请改名");
    JsonObject notice =
        Http.json(Http.get(uri("api/bundles/CHANGE_CORRECTION/notice"), HALL, null).body());
    JsonObject archive =
        notice.getJsonArray("materials").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("code").equals("ARCHIVE_RECORD"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the name's proof is not on the notice"));
    assertThat(archive.getString("when")).contains("姓名");

    Set<String> without = allMaterials("CHANGE_CORRECTION");
    without.remove("ARCHIVE_RECORD");
    HttpResponse<String> refused =
        Http.post(
            uri("api/bundle-applications"),
            HALL,
            submission("CHANGE_CORRECTION", values, without),
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(archive.getString("name"));
    // a proof for another item is not asked for
    without.add("ARCHIVE_RECORD");
    without.remove("DIPLOMA");
    String no = submit("CHANGE_CORRECTION", values, without, null);
    JsonObject part = task(detail(no), "HOUSEHOLD_CHANGE");
    assertThat(part.getString("status"))
        .as("accepted at the station at once")
        .isEqualTo("ACCEPTED");
    assertThat(
            Sql.single(
                dataSource,
                "select status from change_application where acceptance_no = ?",
                changeNo(part)))
        .isEqualTo("IN_APPROVAL");
  }

  @Test
  void thePublicPageNeedsTheRightTailAndNeverNamesAnyone() throws Exception {
    Map<String, String> values = prefilled("BIRTH", birthValues());
    String no = submit("BIRTH", values, allMaterials("BIRTH"), null);
    String id = values.get("applicant.residentId");
    String tail = id.substring(14);
    String wrong =
        String.format("%03d", (Integer.parseInt(tail.substring(0, 3)) + 1) % 1000)
            + tail.substring(3);

    HttpResponse<String> right =
        Http.get(uri("api/public/status/" + no + "?idTail=" + tail), null, null);
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    JsonObject s = Http.json(right.body());
    assertThat(s.getString("trackingNo")).isEqualTo(no);
    assertThat(s.getJsonArray("parts")).hasSize(6);
    assertThat(right.body()).contains("出生医学证明签发", "秀屿区卫生健康局");
    for (String personal :
        List.of(
            values.get("mother.name"),
            values.get("father.name"),
            values.get("child.name"),
            id,
            values.get("applicant.phone"),
            values.get("bank.account"))) {
      assertThat(right.body()).doesNotContain(personal);
    }

    HttpResponse<String> unknown =
        Http.get(uri("api/public/status/YJ0000000000?idTail=" + tail), null, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    for (String q :
        List.of(
            "?idTail=" + wrong,
            "?idTail=",
            "",
            "?idTail=" + id,
            "?idTail=" + tail.toLowerCase() + "0")) {
      HttpResponse<String> r = Http.get(uri("api/public/status/" + no + q), null, null);
      assertThat(r.statusCode()).as(q).isEqualTo(404);
      // a wrong tail reads exactly like an unknown number: nothing to probe with
      assertThat(Http.json(r.body()).getString("detail"))
          .isEqualTo(Http.json(unknown.body()).getString("detail"));
      assertThat(r.body()).doesNotContain(values.get("mother.name"), "出生医学证明签发");
    }
  }

  // --- the run of one bundle -------------------------------------------------------------------

  /**
   * The notice and the one form of a bundle checked against the catalogue, then an application with
   * {@code given} (blanks prefilled from the register) from submission to completion.
   *
   * @return the tracking number
   */
  private String runFromIntakeToCompletion(String bundle, Map<String, String> given)
      throws Exception {
    Map<String, String> materials = noticeListsEachMaterialOnce(bundle);
    Set<String> fields = formAsksEachFieldOnce(bundle);
    Map<String, String> values = prefilled(bundle, given);
    assertThat(values.keySet())
        .as("every field of the one form has a value")
        .containsAll(requiredFields(bundle));
    assertThat(fields).containsAll(values.keySet());

    // a material missing: refused, nothing saved
    Set<String> fewer = new HashSet<>(materials.keySet());
    String dropped = unconditional(bundle).get(0);
    fewer.remove(dropped);
    HttpResponse<String> missing =
        Http.post(uri("api/bundle-applications"), HALL, submission(bundle, values, fewer), null);
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains(materials.get(dropped));
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from bundle_application where applicant_resident_id = ?",
                values.get("applicant.residentId")))
        .as("nothing saved")
        .isZero();

    String key = UUID.randomUUID().toString();
    String no = submit(bundle, values, materials.keySet(), key);
    // the same submission with the same key is the same application
    assertThat(submit(bundle, values, materials.keySet(), key)).isEqualTo(no);
    assertThat(
            Sql.count(
                dataSource, "select count(*) from bundle_application where tracking_no = ?", no))
        .isEqualTo(1);
    JsonObject submitted = detail(no);
    assertThat(submitted.getJsonArray("tasks")).hasSize(items(bundle).size());

    String form = pdf("api/bundle-applications/" + no + "/forms/application.pdf");
    assertThat(form).contains(no, submitted.getString("bundleName"));
    for (String key2 : List.of("applicant.name", "applicant.phone")) {
      assertThat(form).contains(values.get(key2));
    }
    assertThat(pdf("api/bundle-applications/" + no + "/forms/receipt.pdf"))
        .contains(no, submitted.getString("bundleName"));

    JsonObject done = runToCompletion(no);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    checkOrder(bundle, done);

    // every department part went through the exchange once and was acknowledged by acting on it
    long departmentParts =
        done.getJsonArray("tasks").stream().filter(t -> changeNo(t.asJsonObject()) == null).count();
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from notification where topic = 'BUNDLE_TASK' and subject_ref like ? and status = 'ACKNOWLEDGED'",
                no + ":%"))
        .isEqualTo(departmentParts);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from notification where topic = 'BUNDLE_TASK' and subject_ref like ?",
                no + ":%"))
        .isEqualTo(departmentParts);

    String completion = pdf("api/bundle-applications/" + no + "/forms/completion.pdf");
    assertThat(completion).contains(no, submitted.getString("bundleName"));
    for (JsonValue t : done.getJsonArray("tasks")) {
      assertThat(completion.replaceAll("\\s", ""))
          .contains(t.asJsonObject().getString("resultRef").replaceAll("\\s", ""));
    }

    String tail = values.get("applicant.residentId").substring(14);
    JsonObject pub =
        Http.json(Http.get(uri("api/public/status/" + no + "?idTail=" + tail), null, null).body());
    assertThat(pub.getString("status")).isEqualTo("COMPLETED");
    assertThat(pub.getJsonArray("parts").stream().map(p -> p.asJsonObject().getString("status")))
        .containsOnly("COMPLETED")
        .hasSize(items(bundle).size());
    return no;
  }

  /** The materials the notice asks for whatever the form says, in its order. */
  private List<String> unconditional(String bundle) throws Exception {
    return Http.json(Http.get(uri("api/bundles/" + bundle + "/notice"), HALL, null).body())
        .getJsonArray("materials")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("when").isEmpty())
        .map(m -> m.getString("code"))
        .toList();
  }

  /** The notice lists each material of the bundle's items once; returns their names by code. */
  private Map<String, String> noticeListsEachMaterialOnce(String bundle) throws Exception {
    JsonObject notice =
        Http.json(Http.get(uri("api/bundles/" + bundle + "/notice"), HALL, null).body());
    List<String> codes = new ArrayList<>();
    notice.getJsonArray("materials").forEach(m -> codes.add(m.asJsonObject().getString("code")));
    assertThat(codes).as("each material once").doesNotHaveDuplicates();
    // the bundle's own materials, and for a police part of a change the proofs of the station's
    // rules (its own application form aside: the signed one form stands for it)
    List<String> catalogue =
        Sql.column(
            dataSource,
            "select m.material_code from bundle_item_material m join bundle_item i on i.id = m.item_id"
                + " join bundle_version v on v.id = i.version_id where v.bundle_code = ? and v.status = 'PUBLISHED'"
                + " union select c.material_code from change_item_material c join change_item_rule r on r.item = c.item"
                + " where r.enabled = true and c.material_code <> 'FORM_SIGNED' and exists (select 1 from bundle_item i"
                + " join bundle_version v on v.id = i.version_id where v.bundle_code = ? and v.status = 'PUBLISHED'"
                + " and i.kind = 'HOUSEHOLD_CHANGE')"
                // and for a birth or death part, the statement its station's rule asks when late
                + " union select o.material_code from register_operation_material o"
                + " join register_operation_rule r on r.operation = o.operation"
                + " where r.enabled = true and o.applies_when = 'LATE' and exists (select 1 from bundle_item i"
                + " join bundle_version v on v.id = i.version_id where v.bundle_code = ? and v.status = 'PUBLISHED'"
                + " and i.kind = case o.operation when 'BIRTH' then 'BIRTH_REGISTRATION'"
                + " when 'DEATH' then 'DEATH_REGISTRATION' end)",
            bundle,
            bundle,
            bundle);
    assertThat(codes).containsExactlyInAnyOrderElementsOf(catalogue);
    assertThat(notice.getJsonArray("offices")).hasSize(items(bundle).size());

    String text = pdf("api/bundles/" + bundle + "/notice.pdf").replaceAll("\\s", "");
    assertThat(text).contains("一次性告知", notice.getString("name"));
    for (JsonValue m : notice.getJsonArray("materials")) {
      assertThat(text).contains(m.asJsonObject().getString("name").replaceAll("\\s", ""));
    }
    Map<String, String> names = new HashMap<>();
    notice
        .getJsonArray("materials")
        .forEach(
            m -> names.put(m.asJsonObject().getString("code"), m.asJsonObject().getString("name")));
    return names;
  }

  /** The one form asks each canonical field of the bundle's items once; returns their keys. */
  private Set<String> formAsksEachFieldOnce(String bundle) throws Exception {
    JsonArray sections =
        Http.jsonArray(Http.get(uri("api/bundles/" + bundle + "/form"), HALL, null).body());
    List<String> keys = new ArrayList<>();
    sections.forEach(
        s ->
            s.asJsonObject()
                .getJsonArray("fields")
                .forEach(f -> keys.add(f.asJsonObject().getString("key"))));
    assertThat(keys).as("each field once").doesNotHaveDuplicates();
    List<String> catalogue =
        Sql.column(
            dataSource,
            "select distinct f.field_key from bundle_item_field f join bundle_item i on i.id = f.item_id"
                + " join bundle_version v on v.id = i.version_id where v.bundle_code = ? and v.status = 'PUBLISHED'",
            bundle);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(catalogue);
    return new HashSet<>(keys);
  }

  /**
   * Works every open part until the bundle is completed: each department takes its part from its
   * own list, accepts and completes it; the police part of a change is approved by the station
   * head. At every step no part is sent before the parts it waits for are completed, and a waiting
   * part is neither in its department's list nor acceptable.
   */
  private JsonObject runToCompletion(String no) throws Exception {
    String bundle =
        Sql.single(
            dataSource,
            "select v.bundle_code from bundle_application a join bundle_version v on v.id = a.version_id where a.tracking_no = ?",
            no);
    Map<String, Set<String>> waits = waits(bundle);
    Set<String> probed = new HashSet<>();
    for (int step = 0; step < 20; step++) {
      JsonObject d = detail(no);
      if (d.getString("status").equals("COMPLETED")) {
        return d;
      }
      List<JsonObject> open = new ArrayList<>();
      for (JsonValue v : d.getJsonArray("tasks")) {
        JsonObject t = v.asJsonObject();
        String status = t.getString("status");
        String item = t.getString("itemCode");
        if (status.equals("WAITING")) {
          if (probed.add(item)) {
            waitingPartIsNotWorkable(no, t);
          }
          continue;
        }
        for (String w : waits.getOrDefault(item, Set.of())) {
          assertThat(task(d, w).getString("status"))
              .as(item + " started before " + w)
              .isEqualTo("COMPLETED");
        }
        if (status.equals("SENT") || status.equals("ACCEPTED")) {
          open.add(t);
        }
      }
      assertThat(open).as("something to do in " + d).isNotEmpty();
      for (JsonObject t : open) {
        act(t, resultOf(t.getString("itemCode")));
      }
    }
    throw new AssertionError(no + " not completed in 20 steps");
  }

  /** The part's department does it: from its list, accept, complete with a result reference. */
  private void act(JsonObject task, String resultRef) throws Exception {
    String id = task.getString("id");
    if (changeNo(task) != null) {
      HttpResponse<String> approved =
          Http.post(
              uri("api/household-changes/" + task.getString("changeAcceptanceNo") + "/decisions"),
              "head.dongzhuang",
              "{\"kind\":\"APPROVE\",\"opinion\":\"经核查，同意变更\"}",
              null);
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
      assertThat(Http.json(approved.body()).getString("status")).isEqualTo("APPROVED");
      // the part follows its change application; the station does not act on it twice
      String station = officerOf(id);
      assertThat(
              Http.post(
                      uri("api/bundle-tasks/" + id + "/complete"),
                      station,
                      "{\"resultRef\":\"x\"}",
                      null)
                  .statusCode())
          .isEqualTo(400);
      return;
    }
    String officer = officerOf(id);
    JsonArray list =
        Http.jsonArray(Http.get(uri("api/bundle-tasks?open=true"), officer, null).body());
    assertThat(list.stream().map(o -> o.asJsonObject().getString("id")))
        .as(officer + "'s list")
        .contains(id);
    // another department neither sees nor touches it
    String other = officer.equals("officer.tax") ? "officer.civil" : "officer.tax";
    assertThat(Http.post(uri("api/bundle-tasks/" + id + "/accept"), other, null, null).statusCode())
        .isEqualTo(404);

    HttpResponse<String> accepted =
        Http.post(uri("api/bundle-tasks/" + id + "/accept"), officer, null, null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(Http.json(accepted.body()).getString("status")).isEqualTo("ACCEPTED");
    String body = Json.createObjectBuilder().add("resultRef", resultRef).build().toString();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> completed =
        Http.post(uri("api/bundle-tasks/" + id + "/complete"), officer, body, key);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    assertThat(Http.json(completed.body()).getString("status")).isEqualTo("COMPLETED");
    // the department system lost the answer and sends it again with the same key: the same result
    HttpResponse<String> again =
        Http.post(uri("api/bundle-tasks/" + id + "/complete"), officer, body, key);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(again.body()).getString("resultRef")).isEqualTo(resultRef);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where subject_id = ? and detail like 'COMPLETED %'",
                id))
        .isEqualTo(1);
  }

  private void waitingPartIsNotWorkable(String no, JsonObject task) throws Exception {
    String id = task.getString("id");
    String officer = officerOf(id);
    JsonArray list = Http.jsonArray(Http.get(uri("api/bundle-tasks"), officer, null).body());
    assertThat(list.stream().map(o -> o.asJsonObject().getString("id")))
        .as("a waiting part is not listed")
        .doesNotContain(id);
    if (changeNo(task) == null) {
      HttpResponse<String> early =
          Http.post(uri("api/bundle-tasks/" + id + "/accept"), officer, null, null);
      assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    }
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from notification where topic = 'BUNDLE_TASK' and subject_ref like ?",
                no + ":" + task.getString("itemCode") + ":%"))
        .as("nothing sent for a waiting part")
        .isZero();
  }

  /** After the run: every part was sent only after each part it waits for was completed. */
  private void checkOrder(String bundle, JsonObject done) {
    waits(bundle)
        .forEach(
            (item, before) -> {
              Instant sent = Instant.parse(task(done, item).getString("sentAt"));
              for (String w : before) {
                Instant completed = Instant.parse(task(done, w).getString("completedAt"));
                assertThat(sent)
                    .as(item + " sent after " + w + " completed")
                    .isAfterOrEqualTo(completed);
              }
            });
  }

  // --- values ----------------------------------------------------------------------------------

  private Map<String, String> birthValues() throws Exception {
    String father = adult("林志明", 1992, true);
    String mother =
        Residents.member(dataSource, father, "陈雅婷", LocalDate.of(1994, 9, 9), false, "SPOUSE");
    Map<String, String> v = new LinkedHashMap<>();
    v.put("mother.residentId", mother);
    v.put("father.residentId", father);
    v.put("child.name", "林" + "晨曦");
    v.put("child.sex", "FEMALE");
    v.put("child.birthDate", today().minusDays(20).toString());
    v.put("child.birthplace", "福建省莆田市秀屿区");
    v.put("child.ethnicity", "汉族");
    v.put("birth.facility", "莆田市秀屿区医院");
    v.put("birth.inFujian", "YES");
    v.put("applicant.residentId", mother);
    v.put("applicant.phone", "13859012345");
    v.put("bank.name", "中国农业银行莆田秀屿支行");
    v.put("bank.account", "6228480598712345678");
    return v;
  }

  private static Map<String, String> changeValues(String subject, String occupation) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("subject.residentId", subject);
    v.put("change.item", "OCCUPATION");
    v.put("change.newValue", occupation);
    v.put("change.reason", "职业发生变动");
    v.put("applicant.residentId", subject);
    v.put("applicant.relation", "本人");
    v.put("applicant.phone", "13505941188");
    return v;
  }

  /** The values with what the register knows filled in (names, addresses, household numbers). */
  private Map<String, String> prefilled(String bundle, Map<String, String> given) throws Exception {
    JsonObjectBuilder b = Json.createObjectBuilder();
    given.forEach(b::add);
    HttpResponse<String> r =
        Http.post(uri("api/bundles/" + bundle + "/prefill"), HALL, b.build().toString(), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, String> values = new LinkedHashMap<>();
    Http.json(r.body()).forEach((k, x) -> values.put(k, ((jakarta.json.JsonString) x).getString()));
    // the newborn is registered into the mother's household
    if (values.containsKey("mother.householdNo") && !values.containsKey("child.householdNo")) {
      values.put("child.householdNo", values.get("mother.householdNo"));
    }
    return values;
  }

  private String submit(
      String bundle, Map<String, String> values, Set<String> materials, String key)
      throws Exception {
    HttpResponse<String> r =
        Http.post(uri("api/bundle-applications"), HALL, submission(bundle, values, materials), key);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String no = Http.json(r.body()).getString("trackingNo");
    assertThat(no).startsWith("YJ");
    return no;
  }

  private static String submission(
      String bundle, Map<String, String> values, Set<String> materials) {
    JsonObjectBuilder v = Json.createObjectBuilder();
    values.forEach(v::add);
    return Json.createObjectBuilder()
        .add("bundle", bundle)
        .add("values", v)
        .add("materialsSeen", Json.createArrayBuilder(materials))
        .build()
        .toString();
  }

  private Set<String> allMaterials(String bundle) throws Exception {
    Set<String> codes = new HashSet<>();
    Http.json(Http.get(uri("api/bundles/" + bundle + "/notice"), HALL, null).body())
        .getJsonArray("materials")
        .forEach(m -> codes.add(m.asJsonObject().getString("code")));
    return codes;
  }

  // --- the catalogue, read straight from the database ------------------------------------------

  private List<String> items(String bundle) throws Exception {
    return Sql.column(
        dataSource,
        "select i.item_code from bundle_item i join bundle_version v on v.id = i.version_id"
            + " where v.bundle_code = ? and v.status = 'PUBLISHED'",
        bundle);
  }

  private Set<String> requiredFields(String bundle) throws Exception {
    return new HashSet<>(
        Sql.column(
            dataSource,
            "select distinct f.field_key from bundle_item_field f join bundle_item i on i.id = f.item_id"
                + " join bundle_version v on v.id = i.version_id"
                + " where v.bundle_code = ? and v.status = 'PUBLISHED' and f.required = true",
            bundle));
  }

  /** Item code → the item codes it waits for. */
  private Map<String, Set<String>> waits(String bundle) {
    try {
      Map<String, Set<String>> waits = new HashMap<>();
      for (String row :
          Sql.column(
              dataSource,
              "select i.item_code || '>' || w.waits_for from bundle_item_wait w join bundle_item i on i.id = w.item_id"
                  + " join bundle_version v on v.id = i.version_id where v.bundle_code = ? and v.status = 'PUBLISHED'",
              bundle)) {
        String[] p = row.split(">");
        waits.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
      }
      assertThat(waits).as(bundle + " has an order between items").isNotEmpty();
      return waits;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String officerOf(String taskId) throws Exception {
    String department =
        Sql.single(
            dataSource,
            "select department_id from bundle_task where id = ?",
            UUID.fromString(taskId));
    String officer = OFFICERS.get(department);
    assertThat(officer).as("a demo officer of " + department).isNotNull();
    return officer;
  }

  // --- small helpers ---------------------------------------------------------------------------

  private JsonObject detail(String no) throws Exception {
    HttpResponse<String> r = Http.get(uri("api/bundle-applications/" + no), HALL, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body());
  }

  private static JsonObject task(JsonObject detail, String item) {
    return detail.getJsonArray("tasks").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("itemCode").equals(item))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no part " + item + " in " + detail));
  }

  /** The part's change application, if it follows one (JSON-B leaves out what is null). */
  private static String changeNo(JsonObject task) {
    return task.containsKey("changeAcceptanceNo") && !task.isNull("changeAcceptanceNo")
        ? task.getString("changeAcceptanceNo")
        : null;
  }

  private static Map<String, String> valuesOf(JsonObject detail) {
    Map<String, String> values = new HashMap<>();
    detail
        .getJsonObject("values")
        .forEach((k, x) -> values.put(k, ((jakarta.json.JsonString) x).getString()));
    return values;
  }

  private String adult(String name, int year, boolean male) throws Exception {
    return Residents.newHousehold(dataSource, DONGQIN_UNIT, name, LocalDate.of(year, 5, 20), male);
  }

  private String pdf(String path) throws Exception {
    HttpResponse<byte[]> r = Http.bytes(uri(path), HALL);
    assertThat(r.statusCode())
        .as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    try (var document = Loader.loadPDF(r.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  /**
   * What a department reports when it completes a part: a birth certificate number for the birth
   * certificate (the station's birth registration reads it), a reference for anything else.
   */
  private static String resultOf(String item) {
    return item.equals("BIRTH_CERT") ? "出生医学证明 Q350" + suffix() : item + "-" + suffix();
  }

  private static String suffix() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
