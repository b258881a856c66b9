package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.security.Passwords;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Household change and correction on the real Payara Micro, over REST as department systems and
 * automation use it. The tests run inside the server only to make their own residents and to look
 * at the database; every action is an HTTP request by a demo user.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdChangeIT {

  private static final String ALL_MATERIALS =
      "[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"ARCHIVE_RECORD\",\"BIRTH_CERT\"]";
  private static final String DONGQIN_UNIT = "350305101201001001";

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Passwords passwords;

  @Test
  void anAdultsNameChangeGoesUpToTheBranchChangesTheRegisterAndReachesBothDepartments()
      throws Exception {
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "郑建珍", LocalDate.of(1978, 6, 1), false);
    String body = change(id, "{\"NAME\":\"郑建真\"}", "SELF", "郑建珍", id, null);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> created =
        Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, key);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject c = json(created.body());
    String no = c.getString("acceptanceNo");
    assertThat(no).matches("350305101-\\d{4}-\\d{6}");
    assertThat(c.getString("status")).isEqualTo("IN_APPROVAL");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(no));

    // the same request again, same key: the same application, not a second one
    HttpResponse<String> again =
        Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, key);
    assertThat(json(again.body()).getString("acceptanceNo")).isEqualTo(no);
    assertThat(
            count(
                "select count(*) from change_application a join person p on p.id = a.person_id where p.resident_id = ?",
                id))
        .isEqualTo(1);

    // another station cannot decide it; the station head and the branch can, in that order
    assertThat(decide(no, "clerk.yuetang", "APPROVE", "同意").statusCode()).isIn(403, 404);
    HttpResponse<String> early = decide(no, "approver.xiuyu", "APPROVE", "同意");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("household.case.notAtYourLevel");
    HttpResponse<String> station = decide(no, "head.dongzhuang", "APPROVE", "经核查，同意变更");
    assertThat(json(station.body()).getString("currentLevel")).isEqualTo("BRANCH");
    HttpResponse<String> branch = decide(no, "approver.xiuyu", "APPROVE", "同意");
    assertThat(json(branch.body()).getString("status")).isEqualTo("APPROVED");

    JsonObject person = json(Http.get(uri("api/persons/" + id), "clerk.dongzhuang", null).body());
    assertThat(person.getString("name")).isEqualTo("郑建真");
    assertThat(person.getString("formerNames")).isEqualTo("郑建珍");
    // a search by the former name, or how it begins, finds her and says it matched a former name
    String masked = ResidentId.of(id).masked();
    for (String q : List.of("郑建珍", "郑建")) {
      JsonObject byFormer =
          Json.createReader(
                  new StringReader(
                      Http.get(
                              uri(
                                  "api/persons?q="
                                      + java.net.URLEncoder.encode(
                                          q, java.nio.charset.StandardCharsets.UTF_8)),
                              "clerk.dongzhuang",
                              null)
                          .body()))
              .readArray()
              .stream()
              .map(v -> v.asJsonObject())
              .filter(o -> o.getString("maskedResidentId").equals(masked))
              .findFirst()
              .orElseThrow(() -> new AssertionError(q + ": not found by the former name"));
      assertThat(byFormer.getString("name")).isEqualTo("郑建真");
      if (q.equals("郑建珍")) {
        assertThat(byFormer.getString("matchedFormerName")).isEqualTo("郑建珍");
      } else {
        // the present name begins so too: found by it, once
        assertThat(byFormer.containsKey("matchedFormerName")).isFalse();
      }
    }
    assertThat(person.getJsonArray("history").toString()).contains("郑建珍", "郑建真", no);
    assertThat(
            count(
                "select count(*) from follow_on_duty d join change_application a on a.id = d.application_id where a.acceptance_no = ?",
                no))
        .isEqualTo(2);

    for (String officer : List.of("officer.medins", "officer.pension")) {
      HttpResponse<String> list = Http.get(uri("api/notifications"), officer, null);
      JsonObject n = notificationFor(list.body(), no);
      assertThat(n.getString("payload"))
          .contains("\"name\":\"郑建真\"", "\"oldValue\":\"郑建珍\"", "\"newValue\":\"郑建真\"")
          // the list masks the number; the department's system got it in full
          .contains(id.substring(0, 6) + "********" + id.substring(14))
          .doesNotContain(id)
          // nor the birth date the mask hides, which would give the number back
          .doesNotContain("1978-06-01")
          .contains("1978-**-**");
      String nid = n.getString("id");
      assertThat(
              Http.post(uri("api/notifications/" + nid + "/ack"), officer, null, null).statusCode())
          .isEqualTo(200);
      HttpResponse<String> twice =
          Http.post(uri("api/notifications/" + nid + "/ack"), officer, null, null);
      assertThat(json(twice.body()).getString("status")).isEqualTo("ACKNOWLEDGED");
      // the other department cannot acknowledge it
      String other = officer.equals("officer.medins") ? "officer.pension" : "officer.medins";
      assertThat(
              Http.post(uri("api/notifications/" + nid + "/ack"), other, null, null).statusCode())
          .isEqualTo(404);
    }
    assertThat(
            count(
                "select count(*) from notification where subject_ref = ? and status = 'ACKNOWLEDGED'",
                no))
        .isEqualTo(2);
    assertThat(count("select count(*) from notification where subject_ref = ?", no)).isEqualTo(2);

    assertThat(pdfText(no, "application")).contains("户口登记项目变更更正申请审批表", "郑建真", "经核查，同意变更", no);
    assertThat(pdfText(no, "receipt")).contains("受理回执", no);
  }

  @Test
  void aMinorsNameChangeNeedsAGuardianAndFromEightTheChildsConsent() throws Exception {
    String father =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "林建国", LocalDate.of(1985, 3, 3), true);
    String child =
        Residents.member(dataSource, father, "林小明", LocalDate.now().minusYears(10), true, "SON");

    HttpResponse<String> self =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(child, "{\"NAME\":\"林晓明\"}", "SELF", "林小明", child, null),
            null);
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.body()).contains("监护人");

    HttpResponse<String> noConsent =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(child, "{\"NAME\":\"林晓明\"}", "GUARDIAN", "林建国", father, null),
            null);
    assertThat(noConsent.statusCode()).isEqualTo(400);
    assertThat(noConsent.body()).contains("household.applicant.childConsentMissing");
    assertThat(
            count(
                "select count(*) from change_application a join person p on p.id = a.person_id where p.resident_id = ?",
                child))
        .as("nothing saved for an ineligible application")
        .isZero();

    HttpResponse<String> ok =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(child, "{\"NAME\":\"林晓明\"}", "GUARDIAN", "林建国", father, true),
            null);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    String no = json(ok.body()).getString("acceptanceNo");
    decide(no, "head.dongzhuang", "APPROVE", "同意");
    assertThat(json(decide(no, "approver.xiuyu", "APPROVE", "同意").body()).getString("status"))
        .isEqualTo("APPROVED");
    assertThat(
            json(Http.get(uri("api/persons/" + child), "clerk.dongzhuang", null).body())
                .getString("name"))
        .isEqualTo("林晓明");
    assertThat(pdfText(no, "application")).contains("监护人", "林建国");
  }

  @Test
  void aGuardianTheRegisterDoesNotShowAsAParentBringsTheGuardianshipProof() throws Exception {
    String mother =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "郑秀梅", LocalDate.of(1986, 6, 6), false);
    String child =
        Residents.member(
            dataSource, mother, "郑小雨", LocalDate.now().minusYears(5), false, "DAUGHTER");
    String uncle =
        Residents.member(dataSource, mother, "郑建华", LocalDate.of(1982, 2, 2), true, "BROTHER");

    // the mother, head of the household the child is a daughter in: nothing more to bring
    HttpResponse<String> byMother =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(child, "{\"OCCUPATION\":\"学生\"}", "GUARDIAN", "郑秀梅", mother, null)
                .replace(
                    ALL_MATERIALS,
                    "[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"EMPLOYMENT_PROOF\"]"),
            null);
    assertThat(byMother.statusCode()).as(byMother.body()).isEqualTo(201);
    assertThat(json(byMother.body()).getString("status")).isEqualTo("IN_APPROVAL");

    // the uncle is no parent in the register: the case waits for the guardianship proof
    HttpResponse<String> byUncle =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(child, "{\"EDUCATION\":\"PRIMARY\"}", "GUARDIAN", "郑建华", uncle, null)
                .replace(ALL_MATERIALS, "[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"DIPLOMA\"]"),
            null);
    assertThat(byUncle.statusCode()).as(byUncle.body()).isEqualTo(201);
    JsonObject waiting = json(byUncle.body());
    assertThat(waiting.getString("status")).isEqualTo("AWAITING_MATERIALS");
    assertThat(waiting.getJsonArray("materialsMissing").toString()).contains("GUARDIAN_PROOF");
  }

  @Test
  void missingMaterialsKeepTheApplicationUntilSuppliedAndTheNoticeListsThemAll() throws Exception {
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "翁补正", LocalDate.of(1982, 8, 8), true);
    String body =
        change(id, "{\"NAME\":\"翁补齐\",\"ADDRESS\":\"东庄镇东沁村8号\"}", "SELF", "翁补正", id, null)
            .replace(ALL_MATERIALS, "[\"ID_CARD\",\"BOOKLET\"]");
    HttpResponse<String> created =
        Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject c = json(created.body());
    assertThat(c.getString("status")).isEqualTo("AWAITING_MATERIALS");
    assertThat(c.get("acceptanceNo") == null || c.isNull("acceptanceNo"))
        .as("no number yet")
        .isTrue();
    assertThat(c.getJsonArray("materialsMissing").toString())
        .contains("ARCHIVE_RECORD", "ADDRESS_PROOF", "FORM_SIGNED");
    String caseId = c.getString("id");

    String notice = pdfText(caseId, "supplement-notice");
    assertThat(notice)
        .contains("补正材料告知书", "翁补正", "人事档案或原始户籍档案材料", "房屋产权证明或租赁证明", "户口登记项目变更更正申请审批表");
    // the deadline reads as one sentence: by the date, to the station
    assertThat(notice.replaceAll("\\s", ""))
        .containsPattern("请于\\d{4}年\\d{1,2}月\\d{1,2}日前将上述材料提交至东庄派出所。")
        .doesNotContain("请于请于");

    HttpResponse<String> supplied =
        Http.post(
            uri("api/household-changes/" + caseId + "/materials"),
            "clerk.dongzhuang",
            "[\"ARCHIVE_RECORD\",\"ADDRESS_PROOF\",\"FORM_SIGNED\"]",
            null);
    JsonObject after = json(supplied.body());
    assertThat(after.getString("status")).isEqualTo("IN_APPROVAL");
    assertThat(after.getString("acceptanceNo")).matches("350305101-\\d{4}-\\d{6}");
    assertThat(after.getJsonArray("items").toString()).contains("翁补齐", "东庄镇东沁村8号");
    assertThat(after.getJsonArray("steps").toString())
        .contains("CREATED", "MATERIALS_MISSING", "MATERIALS_SUPPLIED", "ACCEPTED");
  }

  @Test
  void aRefusalLeavesTheRegisterUntouchedAndPrintsTheGrounds() throws Exception {
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "黄拒绝", LocalDate.of(1970, 2, 2), true);
    String no = accepted(change(id, "{\"NAME\":\"黄同意\"}", "SELF", "黄拒绝", id, null));
    HttpResponse<String> refused =
        Http.post(
            uri("api/household-changes/" + no + "/decisions"),
            "head.dongzhuang",
            "{\"kind\":\"REFUSE\",\"refusalGround\":\"NAME_PENDING_CASE\",\"opinion\":\"经查本人涉及未结案件\"}",
            null);
    assertThat(json(refused.body()).getString("status")).isEqualTo("REFUSED");
    assertThat(
            json(Http.get(uri("api/persons/" + id), "clerk.dongzhuang", null).body())
                .getString("name"))
        .isEqualTo("黄拒绝");
    assertThat(count("select count(*) from notification where subject_ref = ?", no)).isZero();
    assertThat(pdfText(no, "refusal-decision")).contains("不予", "尚未办结", "黄拒绝");
  }

  @Test
  void anIdentityNumberCorrectionChangesBirthDateTogetherAndGoesToTheCity() throws Exception {
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "吴更正", LocalDate.of(1980, 5, 1), true);
    String corrected =
        ResidentId.issue("350305", LocalDate.of(1980, 5, 2), ResidentId.of(id).sequence()).value();

    HttpResponse<String> alone =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            change(id, "{\"BIRTH_DATE\":\"1980-05-02\"}", "SELF", "吴更正", id, null),
            null);
    assertThat(alone.statusCode()).isEqualTo(400);
    assertThat(alone.body()).contains("registry.residentId.birthDateMismatch");

    String no =
        accepted(
            change(
                id,
                "{\"BIRTH_DATE\":\"1980-05-02\",\"RESIDENT_ID\":\"" + corrected + "\"}",
                "SELF",
                "吴更正",
                id,
                null));
    decide(no, "head.dongzhuang", "APPROVE", "同意");
    decide(no, "approver.xiuyu", "APPROVE", "同意");
    assertThat(json(decide(no, "approver.putian", "APPROVE", "同意").body()).getString("status"))
        .isEqualTo("APPROVED");
    JsonObject person =
        json(Http.get(uri("api/persons/" + corrected), "clerk.dongzhuang", null).body());
    assertThat(person.getString("birthDate")).isEqualTo("1980-05-02");
    assertThat(person.getString("residentId")).isEqualTo(corrected);
    assertThat(Http.get(uri("api/persons/" + id), "clerk.dongzhuang", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void twoHundredConcurrentAcceptancesGetTwoHundredGaplessNumbers() throws Exception {
    // two hundred residents, one application each, all at once
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id =
          Residents.newHousehold(
              dataSource, DONGQIN_UNIT, "蔡并发", LocalDate.of(1990, 1, 1).plusDays(i), false);
      bodies.add(change(id, "{\"OCCUPATION\":\"教师\"}", "SELF", "蔡并发", id, null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (String body : bodies) {
      futures.add(
          pool.submit(
              () -> Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, null)));
    }
    List<Long> serials = new ArrayList<>();
    for (Future<HttpResponse<String>> f : futures) {
      HttpResponse<String> r = f.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String no = json(r.body()).getString("acceptanceNo");
      serials.add(Long.parseLong(no.substring(no.lastIndexOf('-') + 1)));
    }
    pool.shutdown();
    assertThat(serials).doesNotHaveDuplicates().hasSize(200);
    long min = serials.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = serials.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(max - min).as("no gap").isEqualTo(199);
  }

  @Test
  void theSameApplicationSentTwentyTimesAtOnceMakesOneCase() throws Exception {
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "蔡重复", LocalDate.of(1991, 2, 3), false);
    String body = change(id, "{\"OCCUPATION\":\"教师\"}", "SELF", "蔡重复", id, null);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      futures.add(
          pool.submit(
              () -> Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, null)));
    }
    List<Integer> statuses = new ArrayList<>();
    String open = null;
    for (Future<HttpResponse<String>> f : futures) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      if (r.statusCode() == 201) {
        open = json(r.body()).getString("acceptanceNo");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(
            count(
                "select count(*) from change_application a join person p on p.id = a.person_id where p.resident_id = ?",
                id))
        .isEqualTo(1);
    // the refusals name the case that is open
    HttpResponse<String> again =
        Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains(open, "household.case.alreadyOpen");
  }

  @Test
  void twoApproversDecidingOneCaseOneWinsTheOtherIsToldSo() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement u =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, organisation_id, enabled, version)"
                    + " select 'head2.dongzhuang', '副所长', ?, 'PS-DONGZHUANG', true, 0 from organisation"
                    + " where id = 'PS-DONGZHUANG' and not exists (select 1 from app_user where username = 'head2.dongzhuang')");
        PreparedStatement r =
            c.prepareStatement(
                "insert into app_user_role (username, role) select 'head2.dongzhuang', 'STATION_HEAD' from organisation"
                    + " where id = 'PS-DONGZHUANG' and not exists (select 1 from app_user_role where username = 'head2.dongzhuang')")) {
      u.setString(1, passwords.hash("demo1234".toCharArray()));
      u.executeUpdate();
      r.executeUpdate();
    }
    String id =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "许冲突", LocalDate.of(1975, 7, 7), true);
    String no = accepted(change(id, "{\"OCCUPATION\":\"司机\"}", "SELF", "许冲突", id, null));
    long version =
        json(Http.get(uri("api/household-changes/" + no), "head.dongzhuang", null).body())
            .getJsonNumber("version")
            .longValue();
    String decision = "{\"kind\":\"APPROVE\",\"opinion\":\"同意\",\"version\":" + version + "}";
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResponse<String>>> both = new ArrayList<>();
    for (String head : List.of("head.dongzhuang", "head2.dongzhuang")) {
      Callable<HttpResponse<String>> call =
          () -> {
            start.await();
            return Http.post(
                uri("api/household-changes/" + no + "/decisions"), head, decision, null);
          };
      both.add(pool.submit(call));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String loser = null;
    for (Future<HttpResponse<String>> f : both) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      if (r.statusCode() != 200) {
        loser = r.body();
      }
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(loser).contains("household.case.changedMeanwhile", "已被他人处理");
    assertThat(
            count(
                "select count(*) from change_step s join change_application a on a.id = s.application_id where a.acceptance_no = ? and s.kind = 'APPROVED'",
                no))
        .isEqualTo(1);
  }

  @Test
  void aFlakyDepartmentEndpointEndsDeliveredAndAcknowledgedOnce() throws Exception {
    String url = base.toURI().resolve("api/public/it-department").toString();
    execute(
        "update exchange_endpoint set url = ?, secret = ?, enabled = true where organisation_id = 'DEPT-PENSION'",
        url,
        TestDepartment.SECRET);
    try {
      String id =
          Residents.newHousehold(dataSource, DONGQIN_UNIT, "方推送", LocalDate.of(1966, 6, 6), true);
      String no = accepted(change(id, "{\"OCCUPATION\":\"渔民\"}", "SELF", "方推送", id, null));
      decide(no, "head.dongzhuang", "APPROVE", "同意");
      String status = null;
      for (int i = 0; i < 120 && !"DELIVERED".equals(status); i++) {
        Thread.sleep(1000);
        status =
            single(
                "select status from notification where subject_ref = ? and recipient_id = 'DEPT-PENSION'",
                no);
      }
      assertThat(status).isEqualTo("DELIVERED");
      assertThat(TestDepartment.RECEIVED.get())
          .as("refused, timed out, then answered")
          .isGreaterThanOrEqualTo(3);
      assertThat(TestDepartment.BAD_SIGNATURES.get()).isZero();
      // pension notifications of earlier tests were waiting too and are delivered as well; the
      // department applies each key once however often it arrives
      assertThat(TestDepartment.APPLIED).contains("HOUSEHOLD_CHANGE:" + no + ":DEPT-PENSION");
      String nid =
          single(
              "select cast(id as varchar(40)) from notification where subject_ref = ? and recipient_id = 'DEPT-PENSION'",
              no);
      Http.post(uri("api/notifications/" + nid + "/ack"), "officer.pension", null, null);
      Http.post(uri("api/notifications/" + nid + "/ack"), "officer.pension", null, null);
      assertThat(single("select status from notification where id = cast(? as uuid)", nid))
          .isEqualTo("ACKNOWLEDGED");
      assertThat(
              count(
                  "select count(*) from audit_entry where subject_id = ? and detail = 'ACKNOWLEDGED'",
                  nid))
          .isEqualTo(1);
      // the department without an endpoint still has it in its work list
      assertThat(
              single(
                  "select status from notification where subject_ref = ? and recipient_id = 'DEPT-MEDINS'",
                  no))
          .isEqualTo("PENDING");
    } finally {
      execute(
          "update exchange_endpoint set url = null, secret = null, enabled = false where organisation_id = 'DEPT-PENSION'");
    }
  }

  private String accepted(String body) throws Exception {
    HttpResponse<String> r =
        Http.post(uri("api/household-changes"), "clerk.dongzhuang", body, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r.body()).getString("acceptanceNo");
  }

  private HttpResponse<String> decide(String no, String user, String kind, String opinion)
      throws Exception {
    return Http.post(
        uri("api/household-changes/" + no + "/decisions"),
        user,
        "{\"kind\":\"" + kind + "\",\"opinion\":\"" + opinion + "\"}",
        null);
  }

  private static String change(
      String residentId,
      String items,
      String relation,
      String applicant,
      String applicantId,
      Boolean consent) {
    return "{\"residentId\":\""
        + residentId
        + "\",\"items\":"
        + items
        + ",\"applicantRelation\":\""
        + relation
        + "\",\"applicantName\":\""
        + applicant
        + "\",\"applicantResidentId\":\""
        + applicantId
        + "\""
        + (consent == null ? "" : ",\"childConsent\":" + consent)
        + ",\"reason\":\"本人申请\",\"materialsSeen\":"
        + ALL_MATERIALS
        + "}";
  }

  private String pdfText(String no, String form) throws Exception {
    HttpResponse<byte[]> pdf =
        Http.bytes(
            uri("api/household-changes/" + no + "/forms/" + form + ".pdf"), "clerk.dongzhuang");
    assertThat(pdf.statusCode())
        .as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static JsonObject notificationFor(String listJson, String no) {
    return Json.createReader(new StringReader(listJson)).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("subjectRef").equals(no))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no notification for " + no + " in " + listJson));
  }

  private static JsonObject json(String body) {
    return Http.json(body);
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private long count(String sql, String arg) throws Exception {
    return Sql.count(dataSource, sql, arg);
  }

  private String single(String sql, String arg) throws Exception {
    return Sql.single(dataSource, sql, arg);
  }

  private void execute(String sql, String... args) throws Exception {
    Sql.execute(dataSource, sql, (Object[]) args);
  }
}
