package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.database.YicibangDataSource;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Moves on the real Payara Micro, over REST: a son moves from a Dongzhuang household into a Yuetang
 * one (declared and decided at Yuetang, seen by Dongzhuang), a daughter founds a household of her
 * own, a head moves out of the district leaving his wife as head and the migration record is
 * printed, a newcomer from Fuzhou moves in keeping her number, and the man who moved out comes
 * back.
 */
@ExtendWith(ArquillianExtension.class)
class MovesIT {

  private static final String DONGQIN_UNIT = "350305101201001001";
  private static final String YUEPU_UNIT = "350305110201001001";
  private static final String MOVE_MATERIALS =
      "[\"ID_CARD\",\"BOOKLET\",\"HOST_CONSENT\",\"ADDRESS_PROOF\"]";

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Test
  void aSonMovesFromDongzhuangIntoAYuetangHouseholdDeclaredAtYuetangSeenByBoth() throws Exception {
    String father =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "黄大林", LocalDate.of(1968, 4, 4), true);
    String son = Residents.member(dataSource, father, "黄小林", LocalDate.of(1996, 6, 6), true, "SON");
    String host =
        Residents.newHousehold(dataSource, YUEPU_UNIT, "郭玉兰", LocalDate.of(1970, 1, 1), false);
    String hostNo = householdOf(host);

    // Dongzhuang cannot take it for a Yuetang household; Yuetang can
    HttpResponse<String> wrongStation =
        Http.post(
            uri("api/moves"), "clerk.dongzhuang", within(son, "SON_IN_LAW", hostNo, son), null);
    assertThat(wrongStation.statusCode()).isEqualTo(400);
    assertThat(wrongStation.body()).contains("household.move.householdUnknown");

    HttpResponse<String> created =
        Http.post(
            uri("api/moves"),
            "clerk.yuetang",
            within(son, "SON_IN_LAW", hostNo, son),
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject c = Http.json(created.body());
    String no = c.getString("acceptanceNo");
    assertThat(no).startsWith("350305110-");
    assertThat(c.getString("operation")).isEqualTo("MOVE_WITHIN");

    // the station the son leaves sees the case, but does not decide it
    assertThat(Http.get(uri("api/household-changes/" + no), "clerk.dongzhuang", null).statusCode())
        .isEqualTo(200);
    assertThat(decide(no, "head.dongzhuang").statusCode()).isIn(400, 403, 404);
    // and a second move of the son meanwhile is refused, naming the open case
    HttpResponse<String> again =
        Http.post(uri("api/moves"), "clerk.yuetang", within(son, "SON_IN_LAW", hostNo, son), null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains(no);

    HttpResponse<String> approved = decide(no, "head.yuetang");
    assertThat(Http.json(approved.body()).getString("status"))
        .as(approved.body())
        .isEqualTo("APPROVED");

    JsonObject moved = Http.json(Http.get(uri("api/persons/" + son), "clerk.yuetang", null).body());
    assertThat(moved.getJsonObject("household").getString("householdNo")).isEqualTo(hostNo);
    assertThat(moved.getJsonObject("household").getString("headName")).isEqualTo("郭玉兰");
    assertThat(moved.getString("relationToHead")).isEqualTo("SON_IN_LAW");
    assertThat(moved.getJsonArray("history").toString())
        .contains("HOUSEHOLD", householdOf(father), hostNo, no, "第十九条");
    // now registered in Yuetang: Dongzhuang no longer finds him, and his father's household lost
    // him
    assertThat(Http.get(uri("api/persons/" + son), "clerk.dongzhuang", null).statusCode())
        .isEqualTo(404);
    JsonObject left =
        Http.json(Http.get(uri("api/persons/" + father), "clerk.dongzhuang", null).body());
    assertThat(left.getJsonArray("members").toString()).doesNotContain("黄小林");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from notification where subject_ref = ? and topic = 'HOUSEHOLD_MOVED'",
                no))
        .isEqualTo(2);
  }

  @Test
  void aDaughterFoundsAHouseholdOfHerOwn() throws Exception {
    String mother =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "蔡秀英", LocalDate.of(1965, 3, 3), false);
    String daughter =
        Residents.member(dataSource, mother, "蔡丽萍", LocalDate.of(1992, 9, 9), false, "DAUGHTER");
    String body =
        "{\"kind\":\"MOVE_WITHIN\",\"residentIds\":[\""
            + daughter
            + "\"],\"relations\":[\"HEAD\"],"
            + "\"newAddress\":\"东庄镇东沁村海滨路88号\",\"newDivision\":\""
            + DONGQIN_UNIT
            + "\","
            + "\"applicantRelation\":\"SELF\",\"applicantName\":\"蔡丽萍\",\"applicantResidentId\":\""
            + daughter
            + "\",\"reason\":\"分户\",\"materialsSeen\":"
            + MOVE_MATERIALS
            + "}";
    HttpResponse<String> created = Http.post(uri("api/moves"), "clerk.dongzhuang", body, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String no = Http.json(created.body()).getString("acceptanceNo");
    assertThat(Http.json(decide(no, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");

    JsonObject own =
        Http.json(Http.get(uri("api/persons/" + daughter), "clerk.dongzhuang", null).body());
    assertThat(own.getString("relationToHead")).isEqualTo("HEAD");
    assertThat(own.getJsonObject("household").getString("householdNo")).matches("350305101\\d{6}");
    assertThat(own.getJsonObject("household").getString("address")).isEqualTo("东庄镇东沁村海滨路88号");
    assertThat(own.getString("address")).isEqualTo("东庄镇东沁村海滨路88号");
  }

  @Test
  void aHeadMovesOutLeavingHisWifeAsHeadThenComesBack() throws Exception {
    String head =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "林海生", LocalDate.of(1975, 5, 5), true);
    String wife =
        Residents.member(dataSource, head, "陈碧霞", LocalDate.of(1977, 7, 7), false, "SPOUSE");

    HttpResponse<String> noHead =
        Http.post(uri("api/moves"), "clerk.dongzhuang", out(head, null), null);
    assertThat(noHead.statusCode()).isEqualTo(400);
    assertThat(noHead.body()).contains("household.move.oldHeadRequired");

    HttpResponse<String> created =
        Http.post(uri("api/moves"), "clerk.dongzhuang", out(head, wife), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String no = Http.json(created.body()).getString("acceptanceNo");
    assertThat(Http.json(decide(no, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");

    JsonObject gone =
        Http.json(Http.get(uri("api/persons/" + head), "clerk.dongzhuang", null).body());
    assertThat(gone.getString("status")).isEqualTo("MOVED_OUT");
    assertThat(gone.getString("movedTo")).isEqualTo("福建省福州市鼓楼区五四路100号");
    JsonObject stays =
        Http.json(Http.get(uri("api/persons/" + wife), "clerk.dongzhuang", null).body());
    assertThat(stays.getString("relationToHead")).isEqualTo("HEAD");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from notification where subject_ref = ? and topic = 'MOVED_OUT'",
                no))
        .isEqualTo(2);

    String record = pdfText(no, "migration-record", "clerk.dongzhuang").replaceAll("\\s", "");
    assertThat(record)
        .contains("户口迁移证", "林海生", head, "福建省福州市鼓楼区五四路100号", "第十条")
        .containsPattern("350305101-\\d{4}-\\d{6}");

    // years later he comes back into a household of his own
    String body =
        "{\"residentId\":\""
            + head
            + "\",\"name\":\"林海生\",\"ethnicity\":\"01\","
            + "\"origin\":\"福建省福州市鼓楼区五四路100号\",\"certificateNo\":\"FZ2026001\","
            + "\"certificateAuthority\":\"福州市公安局鼓楼分局\",\"newAddress\":\"东庄镇东沁村海滨路99号\","
            + "\"newDivision\":\""
            + DONGQIN_UNIT
            + "\",\"relation\":\"HEAD\",\"applicantRelation\":\"SELF\","
            + "\"applicantName\":\"林海生\",\"applicantResidentId\":\""
            + head
            + "\",\"reason\":\"回原籍\","
            + "\"materialsSeen\":[\"MIGRATION_CERT\",\"ID_CARD\",\"MOVE_REASON_PROOF\",\"ADDRESS_PROOF\"]}";
    HttpResponse<String> back = Http.post(uri("api/moves/in"), "clerk.dongzhuang", body, null);
    assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
    String backNo = Http.json(back.body()).getString("acceptanceNo");
    assertThat(Http.json(decide(backNo, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");
    JsonObject returned =
        Http.json(Http.get(uri("api/persons/" + head), "clerk.dongzhuang", null).body());
    assertThat(returned.getString("status")).isEqualTo("ACTIVE");
    assertThat(returned.getString("movedFrom")).isEqualTo("福建省福州市鼓楼区五四路100号");
    assertThat(returned.getString("relationToHead")).isEqualTo("HEAD");
  }

  @Test
  void aNewcomerFromFuzhouMovesInKeepingHerNumber() throws Exception {
    String host =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "黄永福", LocalDate.of(1968, 8, 8), true);
    LocalDate born = LocalDate.of(1996, 4, 12);
    String newcomer =
        ResidentId.issue("350102", born, 2 * ThreadLocalRandom.current().nextInt(1, 499)).value();
    String body =
        "{\"residentId\":\""
            + newcomer
            + "\",\"name\":\"郭雨萱\",\"ethnicity\":\"01\","
            + "\"birthplace\":\"福建省福州市\",\"origin\":\"福建省福州市鼓楼区五四路100号\","
            + "\"certificateNo\":\"FZ2026088\",\"certificateAuthority\":\"福州市公安局鼓楼分局\","
            + "\"toHouseholdNo\":\""
            + householdOf(host)
            + "\",\"relation\":\"DAUGHTER_IN_LAW\","
            + "\"applicantRelation\":\"HEAD_OF_HOUSEHOLD\",\"applicantName\":\"黄永福\","
            + "\"applicantResidentId\":\""
            + host
            + "\",\"reason\":\"婚后投靠配偶家庭\","
            + "\"materialsSeen\":[\"MIGRATION_CERT\",\"ID_CARD\",\"MOVE_REASON_PROOF\",\"HOST_CONSENT\"]}";
    HttpResponse<String> created = Http.post(uri("api/moves/in"), "clerk.dongzhuang", body, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String no = Http.json(created.body()).getString("acceptanceNo");
    // the same newcomer declared again meanwhile is refused
    HttpResponse<String> twice = Http.post(uri("api/moves/in"), "clerk.dongzhuang", body, null);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains(no);

    assertThat(Http.json(decide(no, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");
    JsonObject p =
        Http.json(Http.get(uri("api/persons/" + newcomer), "clerk.dongzhuang", null).body());
    assertThat(p.getString("name")).isEqualTo("郭雨萱");
    assertThat(p.getString("residentId")).isEqualTo(newcomer);
    assertThat(p.getString("status")).isEqualTo("ACTIVE");
    assertThat(p.getString("movedFrom")).isEqualTo("福建省福州市鼓楼区五四路100号");
    assertThat(p.getString("relationToHead")).isEqualTo("DAUGHTER_IN_LAW");
    assertThat(p.getJsonObject("household").getString("headName")).isEqualTo("黄永福");
    assertThat(pdfText(no, "receipt", "clerk.dongzhuang")).contains("户口迁入受理回执", "郭雨萱");
  }

  @Test
  void theHeadHandsOverToHisSonAndTheOthersRelationsFollow() throws Exception {
    String father =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "翁德顺", LocalDate.of(1950, 2, 2), true);
    String mother =
        Residents.member(dataSource, father, "许桂英", LocalDate.of(1952, 3, 3), false, "SPOUSE");
    String son = Residents.member(dataSource, father, "翁国强", LocalDate.of(1978, 4, 4), true, "SON");
    String daughterInLaw =
        Residents.member(dataSource, father, "陈美玲", LocalDate.of(1980, 5, 5), false, "OTHER");

    // the son alone as head would leave two heads
    HttpResponse<String> twoHeads =
        Http.post(
            uri("api/household-relations"),
            "clerk.dongzhuang",
            relations("HEAD_CHANGE", new String[] {son}, new String[] {"HEAD"}, father),
            null);
    assertThat(twoHeads.statusCode()).isEqualTo(400);
    assertThat(twoHeads.body()).contains("household.relations.oneHead");

    HttpResponse<String> created =
        Http.post(
            uri("api/household-relations"),
            "clerk.dongzhuang",
            relations(
                "HEAD_CHANGE",
                new String[] {son, father, mother, daughterInLaw},
                new String[] {"HEAD", "FATHER", "MOTHER", "SPOUSE"},
                father),
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String no = Http.json(created.body()).getString("acceptanceNo");
    assertThat(Http.json(decide(no, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");

    JsonObject head =
        Http.json(Http.get(uri("api/persons/" + son), "clerk.dongzhuang", null).body());
    assertThat(head.getString("relationToHead")).isEqualTo("HEAD");
    assertThat(head.getJsonObject("household").getString("headName")).isEqualTo("翁国强");
    assertThat(
            Http.json(Http.get(uri("api/persons/" + father), "clerk.dongzhuang", null).body())
                .getString("relationToHead"))
        .isEqualTo("FATHER");
    assertThat(
            Http.json(Http.get(uri("api/persons/" + father), "clerk.dongzhuang", null).body())
                .getJsonArray("history")
                .toString())
        .contains("RELATION_TO_HEAD", "HEAD", "FATHER", no);

    // a change of relations cannot name a new head
    HttpResponse<String> wrongKind =
        Http.post(
            uri("api/household-relations"),
            "clerk.dongzhuang",
            relations(
                "RELATION_CHANGE", new String[] {mother, son}, new String[] {"HEAD", "SON"}, son),
            null);
    assertThat(wrongKind.statusCode()).isEqualTo(400);
    assertThat(wrongKind.body()).contains("household.relations.useHeadChange");

    // the grandson, registered as "other", is corrected to the new head's son
    String grandson =
        Residents.member(dataSource, son, "翁小宝", LocalDate.of(2008, 6, 6), true, "OTHER");
    HttpResponse<String> corrected =
        Http.post(
            uri("api/household-relations"),
            "clerk.dongzhuang",
            relations("RELATION_CHANGE", new String[] {grandson}, new String[] {"SON"}, son),
            null);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    String no2 = Http.json(corrected.body()).getString("acceptanceNo");
    assertThat(Http.json(decide(no2, "head.dongzhuang").body()).getString("status"))
        .isEqualTo("APPROVED");
    assertThat(
            Http.json(Http.get(uri("api/persons/" + grandson), "clerk.dongzhuang", null).body())
                .getString("relationToHead"))
        .isEqualTo("SON");
  }

  private static String relations(String kind, String[] ids, String[] relations, String applicant) {
    StringBuilder b = new StringBuilder("{\"kind\":\"" + kind + "\",\"residentIds\":[");
    for (int i = 0; i < ids.length; i++) {
      b.append(i == 0 ? "" : ",").append('"').append(ids[i]).append('"');
    }
    b.append("],\"relations\":[");
    for (int i = 0; i < relations.length; i++) {
      b.append(i == 0 ? "" : ",").append('"').append(relations[i]).append('"');
    }
    return b.append("],\"applicantRelation\":\"HEAD_OF_HOUSEHOLD\",\"applicantName\":\"户主\",")
        .append("\"applicantResidentId\":\"")
        .append(applicant)
        .append("\",\"reason\":\"户主年迈\",")
        .append(
            "\"materialsSeen\":[\"BOOKLET\",\"ID_CARD\",\"MEMBERS_CONSENT\",\"KINSHIP_PROOF\"]}")
        .toString();
  }

  private String householdOf(String residentId) throws Exception {
    return Sql.single(
        dataSource,
        "select h.household_no from person p join household h on h.id = p.household_id where p.resident_id = ?",
        residentId);
  }

  private static String within(
      String mover, String relation, String householdNo, String applicant) {
    return "{\"kind\":\"MOVE_WITHIN\",\"residentIds\":[\""
        + mover
        + "\"],\"relations\":[\""
        + relation
        + "\"],\"toHouseholdNo\":\""
        + householdNo
        + "\",\"applicantRelation\":\"SELF\","
        + "\"applicantName\":\"黄小林\",\"applicantResidentId\":\""
        + applicant
        + "\",\"reason\":\"婚后随妻落户\","
        + "\"materialsSeen\":"
        + MOVE_MATERIALS
        + "}";
  }

  private static String out(String mover, String newHead) {
    return "{\"kind\":\"MOVE_OUT\",\"residentIds\":[\""
        + mover
        + "\"],"
        + "\"destination\":\"福建省福州市鼓楼区五四路100号\""
        + (newHead == null ? "" : ",\"oldHouseholdNewHead\":\"" + newHead + "\"")
        + ",\"applicantRelation\":\"SELF\",\"applicantName\":\"林海生\",\"applicantResidentId\":\""
        + mover
        + "\",\"reason\":\"工作调动\",\"materialsSeen\":"
        + MOVE_MATERIALS
        + "}";
  }

  private HttpResponse<String> decide(String no, String user) throws Exception {
    return Http.post(
        uri("api/household-changes/" + no + "/decisions"),
        user,
        "{\"kind\":\"APPROVE\",\"opinion\":\"经核查，同意\"}",
        null);
  }

  private String pdfText(String no, String form, String user) throws Exception {
    HttpResponse<byte[]> pdf =
        Http.bytes(uri("api/household-changes/" + no + "/forms/" + form + ".pdf"), user);
    assertThat(pdf.statusCode())
        .as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
