package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.WorkingDays;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * Births and deaths at the station counter on the real Payara Micro, over REST as the counter's
 * automation uses it: declared, approved, the register changed (a newborn with an identity number
 * issued here, a person deceased and still findable), the departments told, the forms printed and
 * read back; a second open application refused; fifty births approved at once on one date; the
 * official calendar's holidays and make-up working days.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterOperationsIT {

  private static final String DONGQIN_UNIT = "350305101201001001";
  private static final String BIRTH_MATERIALS =
      "[\"BIRTH_CERT\",\"PARENTS_ID_CARDS\",\"BOOKLET\",\"BIRTH_DECLARATION\",\"MARRIAGE_CERT\"]";
  private static final String DEATH_MATERIALS = "[\"DEATH_PROOF\",\"DECEASED_ID\",\"ID_CARD\"]";

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private WorkingDays workingDays;

  @Test
  void aBirthIsDeclaredApprovedAndTheNewbornRegisteredWithANumberIssuedHere() throws Exception {
    LocalDate born = HouseholdChanges.today().minusDays(10);
    String mother =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "陈晓燕", LocalDate.of(1995, 7, 8), false);
    String father =
        Residents.member(dataSource, mother, "林志伟", LocalDate.of(1993, 3, 15), true, "SPOUSE");
    String certificate = certificate();

    HttpResponse<String> created =
        Http.post(
            uri("api/births"),
            "clerk.dongzhuang",
            birth("林小满", "FEMALE", born, certificate, mother, "陈晓燕", father, "FATHER"),
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject c = Http.json(created.body());
    String no = c.getString("acceptanceNo");
    assertThat(c.getString("operation")).isEqualTo("BIRTH");
    assertThat(c.getString("status")).isEqualTo("IN_APPROVAL");
    assertThat(c.getString("personName")).isEqualTo("林小满");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/household-changes/" + no));
    // the list of declared particulars masks the parents' numbers
    assertThat(c.getJsonArray("particulars").toString())
        .contains(ResidentId.of(mother).masked())
        .doesNotContain(mother);

    // the same certificate again is refused, naming the open case
    HttpResponse<String> again =
        Http.post(
            uri("api/births"),
            "clerk.dongzhuang",
            birth("林小满", "FEMALE", born, certificate, mother, "陈晓燕", father, "FATHER"),
            null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains(no);

    HttpResponse<String> approved = decide(no, "head.dongzhuang", "APPROVE", "经核查，同意登记");
    assertThat(Http.json(approved.body()).getString("status"))
        .as(approved.body())
        .isEqualTo("APPROVED");

    String issued =
        single(
            "select p.resident_id from change_application a join person p on p.id = a.person_id"
                + " where a.acceptance_no = ?",
            no);
    ResidentId id = ResidentId.of(issued);
    assertThat(id.regionCode()).isEqualTo("350305");
    assertThat(id.birthDate()).isEqualTo(born);
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.sequence() % 2).isZero();

    JsonObject newborn =
        Http.json(Http.get(uri("api/persons/" + issued), "clerk.dongzhuang", null).body());
    assertThat(newborn.getString("name")).isEqualTo("林小满");
    assertThat(newborn.getString("status")).isEqualTo("ACTIVE");
    assertThat(newborn.getString("relationToHead")).isEqualTo("DAUGHTER");
    assertThat(newborn.getJsonObject("household").getString("headName")).isEqualTo("陈晓燕");
    assertThat(newborn.getJsonArray("history").toString()).contains("STATUS", "ACTIVE", no, "第七条");
    assertThat(
            count(
                "select count(*) from follow_on_duty d join change_application a on a.id = d.application_id"
                    + " where a.acceptance_no = ? and d.kind = 'BOOKLET_PAGE'",
                no))
        .isEqualTo(1);

    for (String officer : List.of("officer.medins", "officer.health")) {
      JsonObject n = notificationFor(Http.get(uri("api/notifications"), officer, null).body(), no);
      assertThat(n.getString("topic")).isEqualTo("BIRTH_REGISTERED");
      assertThat(n.getString("payload")).contains("\"name\":\"林小满\"", "\"operation\":\"BIRTH\"");
    }
    assertThat(
            single(
                "select payload from notification where subject_ref = ? and recipient_id = 'DEPT-MEDINS'",
                no))
        .as("the department's system receives the number in full")
        .contains(issued);

    String declaration = pdfText(no, "birth-declaration");
    assertThat(declaration)
        .contains("出生登记申报表", "林小满", certificate, "陈晓燕", "林志伟", issued, "随父姓", "经核查，同意登记");
    assertThat(pdfText(no, "receipt")).contains("出生登记受理回执", no, "林小满");
  }

  @Test
  void aBirthThatCannotBeIsRefusedAndNothingIsSaved() throws Exception {
    LocalDate born = HouseholdChanges.today().minusDays(3);
    String mother =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "翁丽清", LocalDate.of(1996, 1, 9), false);
    String certificate = certificate();

    HttpResponse<String> wrongSurname =
        Http.post(
            uri("api/births"),
            "clerk.dongzhuang",
            birth("黄小满", "MALE", born, certificate, mother, "翁丽清", null, "MOTHER"),
            null);
    assertThat(wrongSurname.statusCode()).isEqualTo(400);
    assertThat(wrongSurname.body()).contains("household.birth.surnameMismatch");

    HttpResponse<String> otherStation =
        Http.post(
            uri("api/births"),
            "clerk.yuetang",
            birth("翁小满", "MALE", born, certificate, mother, "翁丽清", null, "MOTHER"),
            null);
    assertThat(otherStation.statusCode()).isEqualTo(400);
    assertThat(otherStation.body()).contains("household.birth.parentNotHere");

    assertThat(
            count(
                "select count(*) from change_application_particular where particular_value = ?",
                certificate))
        .isZero();
  }

  @Test
  void fiftyBirthsOnOneDateApprovedAtOnceGetUniqueNumbersOfTheRightParity() throws Exception {
    LocalDate born = HouseholdChanges.today().minusDays(5);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String mother =
          Residents.newHousehold(
              dataSource, DONGQIN_UNIT, "郑母" + i, LocalDate.of(1990, 1, 1).plusDays(i), false);
      boolean boy = i % 3 != 0;
      HttpResponse<String> r =
          Http.post(
              uri("api/births"),
              "clerk.dongzhuang",
              birth(
                  "郑宝" + i,
                  boy ? "MALE" : "FEMALE",
                  born,
                  certificate(),
                  mother,
                  "郑母" + i,
                  null,
                  "MOTHER"),
              null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      cases.add(Http.json(r.body()).getString("acceptanceNo"));
    }

    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<Integer>> approvals = new ArrayList<>();
      for (String no : cases) {
        approvals.add(() -> decide(no, "head.dongzhuang", "APPROVE", "同意").statusCode());
      }
      for (Future<Integer> f : pool.invokeAll(approvals)) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }

    Set<String> numbers = new HashSet<>();
    for (String no : cases) {
      String issued =
          single(
              "select p.resident_id from change_application a join person p on p.id = a.person_id"
                  + " where a.acceptance_no = ?",
              no);
      String sex =
          single(
              "select p.sex from change_application a join person p on p.id = a.person_id"
                  + " where a.acceptance_no = ?",
              no);
      ResidentId id = ResidentId.of(issued);
      assertThat(id.birthDate()).isEqualTo(born);
      assertThat(id.sex().name()).as(issued).isEqualTo(sex);
      numbers.add(issued);
    }
    assertThat(numbers).hasSize(50);
  }

  @Test
  void aDeathDeregistersTheHeadNamesTheNewHeadAndTellsTheDepartments() throws Exception {
    String head =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "翁老成", LocalDate.of(1938, 2, 3), true);
    String wife =
        Residents.member(dataSource, head, "许秀英", LocalDate.of(1941, 5, 6), false, "SPOUSE");
    String son = Residents.member(dataSource, head, "翁建国", LocalDate.of(1966, 9, 9), true, "SON");
    LocalDate died = HouseholdChanges.today().minusDays(2);

    HttpResponse<String> noHead =
        Http.post(uri("api/deaths"), "clerk.dongzhuang", death(head, died, null, son, "翁建国"), null);
    assertThat(noHead.statusCode()).isEqualTo(400);
    assertThat(noHead.body()).contains("household.death.newHeadRequired");

    HttpResponse<String> created =
        Http.post(
            uri("api/deaths"),
            "clerk.dongzhuang",
            death(head, died, son, son, "翁建国"),
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String no = Http.json(created.body()).getString("acceptanceNo");

    // one open application per person: a second death, or a name change meanwhile, is refused
    HttpResponse<String> twice =
        Http.post(uri("api/deaths"), "clerk.dongzhuang", death(head, died, son, wife, "许秀英"), null);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains(no);
    HttpResponse<String> rename =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            "{\"residentId\":\""
                + head
                + "\",\"items\":{\"NAME\":\"翁老诚\"},\"applicantRelation\":\"SELF\","
                + "\"applicantName\":\"翁老成\",\"applicantResidentId\":\""
                + head
                + "\",\"reason\":\"改名\","
                + "\"materialsSeen\":[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"ARCHIVE_RECORD\"]}",
            null);
    assertThat(rename.statusCode()).as(rename.body()).isEqualTo(409);
    assertThat(rename.body()).contains(no);

    assertThat(
            Http.json(decide(no, "head.dongzhuang", "APPROVE", "同意注销").body()).getString("status"))
        .isEqualTo("APPROVED");

    JsonObject deceased =
        Http.json(Http.get(uri("api/persons/" + head), "clerk.dongzhuang", null).body());
    assertThat(deceased.getString("status")).isEqualTo("DECEASED");
    assertThat(deceased.getString("statusOn")).isEqualTo(died.toString());
    assertThat(deceased.getString("name")).isEqualTo("翁老成");
    assertThat(deceased.getJsonArray("history").toString()).contains("DECEASED", no, "第八条");
    // still found by a search, with the status
    String found = Http.get(uri("api/persons?q=" + head), "clerk.dongzhuang", null).body();
    assertThat(found).contains("\"status\":\"DECEASED\"");

    JsonObject heir =
        Http.json(Http.get(uri("api/persons/" + son), "clerk.dongzhuang", null).body());
    assertThat(heir.getString("relationToHead")).isEqualTo("HEAD");
    assertThat(heir.getJsonObject("household").getString("headName")).isEqualTo("翁建国");
    assertThat(heir.getJsonArray("members").toString()).doesNotContain("翁老成");

    for (String officer : List.of("officer.pension", "officer.medins", "officer.civil")) {
      JsonObject n = notificationFor(Http.get(uri("api/notifications"), officer, null).body(), no);
      assertThat(n.getString("topic")).isEqualTo("DEATH_REGISTERED");
      assertThat(n.getString("payload"))
          .contains("\"status\":\"DECEASED\"", "\"statusOn\":\"" + died + "\"");
    }
    assertThat(
            count(
                "select count(*) from follow_on_duty d join change_application a on a.id = d.application_id"
                    + " where a.acceptance_no = ? and d.kind = 'ID_CARD_COLLECTED'",
                no))
        .isEqualTo(1);

    String proof = pdfText(no, "deregistration-proof").replaceAll("\\s", "");
    assertThat(proof).contains("注销户口证明", "翁老成", head, "依法办理死亡注销户口登记");

    // a deceased person is the subject of no new change
    HttpResponse<String> after =
        Http.post(
            uri("api/household-changes"),
            "clerk.dongzhuang",
            "{\"residentId\":\""
                + head
                + "\",\"items\":{\"OCCUPATION\":\"退休\"},\"applicantRelation\":\"HEAD_OF_HOUSEHOLD\","
                + "\"applicantName\":\"翁建国\",\"applicantResidentId\":\""
                + son
                + "\",\"reason\":\"更正\","
                + "\"materialsSeen\":[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"EMPLOYMENT_PROOF\"]}",
            null);
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(after.body()).contains("registry.person.notActive");
  }

  @Test
  void timeLimitsCountTheOfficialCalendar() throws Exception {
    // taken on the eve of the National Day holiday (1–7 October 2026), with Saturday 10 October a
    // make-up working day: the third working day is that Saturday, not Friday 2 October
    assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 3))
        .isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 1))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // the Spring Festival 2026: 15–23 February off, Saturday 14 and 28 February worked
    assertThat(workingDays.after(LocalDate.of(2026, 2, 13), 1))
        .isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(workingDays.after(LocalDate.of(2026, 2, 14), 1))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // an ordinary weekend still does not count
    assertThat(workingDays.after(LocalDate.of(2026, 12, 4), 1))
        .isEqualTo(LocalDate.of(2026, 12, 7));

    // and a real acceptance carries the due date the calendar gives
    String mother =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "许晓梅", LocalDate.of(1994, 4, 4), false);
    HttpResponse<String> r =
        Http.post(
            uri("api/births"),
            "clerk.dongzhuang",
            birth(
                "许小梅",
                "FEMALE",
                HouseholdChanges.today().minusDays(1),
                certificate(),
                mother,
                "许晓梅",
                null,
                "MOTHER"),
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(Http.json(r.body()).getString("dueOn"))
        .isEqualTo(workingDays.after(HouseholdChanges.today(), 3).toString());
  }

  private static String certificate() {
    return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  private static String birth(
      String name,
      String sex,
      LocalDate born,
      String certificate,
      String motherId,
      String motherName,
      String fatherId,
      String surnameFrom) {
    return "{\"name\":\""
        + name
        + "\",\"sex\":\""
        + sex
        + "\",\"birthDate\":\""
        + born
        + "\",\"birthplace\":\"福建省莆田市秀屿区\",\"ethnicity\":\"01\",\"certificateNo\":\""
        + certificate
        + "\",\"motherResidentId\":\""
        + motherId
        + "\",\"motherName\":\""
        + motherName
        + "\""
        + (fatherId == null
            ? ""
            : ",\"fatherResidentId\":\"" + fatherId + "\",\"fatherName\":\"林志伟\"")
        + ",\"joins\":\"MOTHER\",\"surnameFrom\":\""
        + surnameFrom
        + "\",\"parentsMarried\":true"
        + ",\"applicantRelation\":\"GUARDIAN\",\"applicantName\":\""
        + motherName
        + "\",\"applicantResidentId\":\""
        + motherId
        + "\",\"reason\":\"申报出生登记\",\"materialsSeen\":"
        + BIRTH_MATERIALS
        + "}";
  }

  private static String death(
      String deceased, LocalDate died, String newHead, String applicant, String applicantName) {
    return "{\"residentId\":\""
        + deceased
        + "\",\"diedOn\":\""
        + died
        + "\",\"proof\":\"MEDICAL_CERTIFICATE\",\"certificateNo\":\"D3503052026"
        + died.getDayOfYear()
        + "\""
        + (newHead == null ? "" : ",\"newHeadResidentId\":\"" + newHead + "\"")
        + ",\"applicantRelation\":\"RELATIVE\",\"applicantName\":\""
        + applicantName
        + "\",\"applicantResidentId\":\""
        + applicant
        + "\",\"reason\":\"申报死亡注销\",\"materialsSeen\":"
        + DEATH_MATERIALS
        + "}";
  }

  private HttpResponse<String> decide(String no, String user, String kind, String opinion)
      throws Exception {
    return Http.post(
        uri("api/household-changes/" + no + "/decisions"),
        user,
        "{\"kind\":\"" + kind + "\",\"opinion\":\"" + opinion + "\"}",
        null);
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

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private long count(String sql, String arg) throws Exception {
    return Sql.count(dataSource, sql, arg);
  }

  private String single(String sql, String arg) throws Exception {
    return Sql.single(dataSource, sql, arg);
  }
}
