package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.mediation.AcceptanceWatch;
import cn.yicibang.ejb.mediation.MediationFigures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The police-to-mediation handoff on the real Payara Micro, over REST as the station's, the
 * committees' and the supervisor's systems use it: a neighbour dispute settled in its second
 * village session and reported back to the station; a dispute unsettled at every level going up 4 →
 * 3 → 2 with its history and referred out; an acceptance missed and flagged; a case returned to the
 * station and handed elsewhere; consent, jurisdiction and scope enforced.
 */
@ExtendWith(ArquillianExtension.class)
class MediationIT {

  private static final String DONGQIN_UNIT = "350305101201001001";
  private static final String STATION = "police.dongzhuang";
  private static final String VILLAGE = "mediator.dongqin";
  private static final String TOWN = "mediator.dongzhuangzhen";
  private static final String DISTRICT = "mediator.xiuyu";

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private AcceptanceWatch acceptanceWatch;

  @Inject private MediationFigures figures;

  @Test
  void aNeighbourDisputeIsSettledInTheSecondVillageSessionAndTheStationHearsOfIt()
      throws Exception {
    JsonObject proposal =
        Http.json(
            Http.get(
                    uri("api/mediation/proposal?type=NEIGHBOUR&place=" + DONGQIN_UNIT),
                    STATION,
                    null)
                .body());
    // Dongqin has no sage committee: its people's mediation committee is proposed
    assertThat(proposal.getJsonObject("proposed").getString("id")).isEqualTo("MC-V101201");
    assertThat(proposal.getJsonArray("alternatives").toString())
        .contains("MR-V101201", "MC-T101", "MC-XIUYU");

    JsonObject monthBefore = thisMonth();
    String key = UUID.randomUUID().toString();
    String body = dispute("NEIGHBOUR", null, true);
    HttpResponse<String> created = Http.post(uri("api/disputes"), STATION, body, key);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject d = Http.json(created.body());
    String no = d.getString("caseNo");
    assertThat(no).matches("TJ350305101-\\d{4}-\\d{6}");
    assertThat(d.getString("status")).isEqualTo("HANDED_OVER");
    assertThat(d.getString("bodyId")).isEqualTo("MC-V101201");
    assertThat(d.getString("statusName")).isEqualTo("待调解组织接收");
    // the same request again with its key: the same dispute
    assertThat(
            Http.json(Http.post(uri("api/disputes"), STATION, body, key).body())
                .getString("caseNo"))
        .isEqualTo(no);
    assertThat(Sql.count(dataSource, "select count(*) from dispute_case where case_no like ?", no))
        .isEqualTo(1);

    // the town committee's mediator can neither open nor accept the village's case
    assertThat(Http.get(uri("api/disputes/" + no), TOWN, null).statusCode()).isEqualTo(404);
    assertThat(post(no, "accept", TOWN, null).statusCode()).isEqualTo(404);
    assertThat(Http.get(uri("api/disputes"), TOWN, null).body()).doesNotContain(no);
    assertThat(Http.get(uri("api/disputes"), VILLAGE, null).body()).contains(no);

    ok(post(no, "accept", VILLAGE, null));
    JsonObject first = ok(post(no, "rounds", VILLAGE, session("NOT_SETTLED")));
    assertThat(first.getString("status")).isEqualTo("IN_MEDIATION");
    assertThat(first.getInt("roundsAtLevel")).isEqualTo(1);
    assertThat(first.getInt("capAtLevel")).isEqualTo(4);
    ok(post(no, "rounds", VILLAGE, session("SETTLED")));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    JsonObject settled =
        ok(post(no, "settlement", VILLAGE, settlement(today.plusDays(10).toString())));
    assertThat(settled.getString("status")).isEqualTo("SETTLED");
    assertThat(settled.getString("confirmationDue")).isEqualTo(today.plusDays(30).toString());
    assertThat(settled.getString("followUpDue")).isEqualTo(today.plusDays(10).toString());
    assertThat(settled.getJsonArray("rounds")).hasSize(2);

    // the agreement: every element the law names, one copy for each of the three parties and one
    // for the committee, the parties' numbers in full; the handover letter masks them
    byte[] agreement = pdf(no, "agreement", VILLAGE);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(agreement)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(4);
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      for (int page = 1; page <= 4; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String copy = stripper.getText(doc).replaceAll("\\s", "");
        assertThat(copy)
            .as("copy " + page)
            .contains("人民调解协议书", no, "第" + page + "份，共4份", "东沁村人民调解委员会（印章）")
            .contains("林阿明", "陈阿华", "王建业", applicantId(no), "护照E12345678")
            .contains("陈阿华家排水沟年久失修", "陈阿华负主要责任", "赔偿林阿明院墙修补费用人民币贰仟元整")
            .contains("修缮完毕后当面交付赔偿款", "前履行完毕", "具有法律约束力", "一式4份", "司法确认")
            .contains("申请方：林阿明", "被申请方：陈阿华", "被申请方：王建业", "人民调解员（签名）：林秀英、郭文林");
      }
    }
    String letter = text(pdf(no, "handover", STATION));
    assertThat(letter)
        .contains("人民调解移交告知书", no, "东沁村人民调解委员会：", "东庄派出所（印章）", "经当事人同意")
        .contains("林阿明", applicantId(no).substring(0, 6) + "********")
        .doesNotContain(applicantId(no));
    assertThat(Http.bytes(uri("api/disputes/" + no + "/forms/referral.pdf"), VILLAGE).statusCode())
        .isEqualTo(400);

    // the station's list shows the outcome as new until an officer opens the case
    JsonObject line = line(Http.get(uri("api/disputes"), STATION, null).body(), no);
    assertThat(line.getString("status")).isEqualTo("SETTLED");
    assertThat(line.getBoolean("newOutcome")).isTrue();
    assertThat(
            Sql.single(
                dataSource,
                "select status from notification where recipient_id = 'PS-DONGZHUANG'"
                    + " and topic = 'MEDIATION_OUTCOME' and subject_ref like ?",
                no + ":SETTLED:%"))
        .isEqualTo("PENDING");
    ok(Http.get(uri("api/disputes/" + no), STATION, null));
    assertThat(
            line(Http.get(uri("api/disputes"), STATION, null).body(), no).getBoolean("newOutcome"))
        .isFalse();
    assertThat(
            Sql.single(
                dataSource,
                "select status from notification where topic = 'MEDIATION_OUTCOME' and subject_ref like ?",
                no + ":SETTLED:%"))
        .isEqualTo("ACKNOWLEDGED");

    // the figures moved with the dispute, as it happened: one received, accepted and settled
    JsonObject monthAfter = thisMonth();
    for (String figure : List.of("received", "accepted", "settled")) {
      assertThat(monthAfter.getJsonNumber(figure).longValue())
          .as(figure)
          .isEqualTo(monthBefore.getJsonNumber(figure).longValue() + 1);
    }
    assertThat(monthAfter.getJsonNumber("referred").longValue())
        .isEqualTo(monthBefore.getJsonNumber("referred").longValue());

    JsonObject closed =
        ok(post(no, "follow-up", VILLAGE, "{\"result\":\"PERFORMED\",\"note\":\"排水沟已修缮，双方满意\"}"));
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(
            Sql.column(
                dataSource,
                "select detail from audit_entry where subject_type = 'DisputeCase' and subject_id = ?"
                    + " order by id",
                no))
        .contains("RECEIVED NEIGHBOUR", "HANDED_OVER → MC-V101201", "ACCEPTED", "SETTLED WRITTEN")
        .anyMatch(s -> s.startsWith("FOLLOWED_UP PERFORMED"));
  }

  @Test
  void aDisputeUnsettledAtEveryLevelGoesUpWithItsHistoryAndIsReferredOut() throws Exception {
    String no = receive(dispute("BOUNDARY", null, true));
    ok(post(no, "accept", VILLAGE, null));
    for (int i = 1; i <= 4; i++) {
      ok(post(no, "rounds", VILLAGE, session("NOT_SETTLED")));
    }
    // the village's four sessions are used: the town committee has it, with the four sessions
    JsonObject atTown = ok(Http.get(uri("api/disputes/" + no), TOWN, null));
    assertThat(atTown.getString("status")).isEqualTo("HANDED_OVER");
    assertThat(atTown.getString("bodyId")).isEqualTo("MC-T101");
    assertThat(atTown.getString("level")).isEqualTo("TOWN");
    assertThat(atTown.getJsonArray("rounds")).hasSize(4);
    // the village can still read its history but no longer act
    assertThat(Http.get(uri("api/disputes/" + no), VILLAGE, null).statusCode()).isEqualTo(200);
    assertThat(post(no, "rounds", VILLAGE, session("NOT_SETTLED")).statusCode()).isEqualTo(404);

    // the supervisor watches it
    assertThat(Http.get(uri("api/disputes/escalations"), "supervisor.justice", null).body())
        .contains(no);
    ok(post(no, "accept", TOWN, null));
    for (int i = 1; i <= 3; i++) {
      ok(post(no, "rounds", TOWN, session("NOT_SETTLED")));
    }
    JsonObject atDistrict = ok(Http.get(uri("api/disputes/" + no), DISTRICT, null));
    assertThat(atDistrict.getString("bodyId")).isEqualTo("MC-XIUYU");
    assertThat(atDistrict.getJsonArray("rounds")).hasSize(7);

    ok(post(no, "accept", DISTRICT, null));
    ok(post(no, "rounds", DISTRICT, session("NOT_SETTLED")));
    JsonObject exhausted = ok(post(no, "rounds", DISTRICT, session("NOT_SETTLED")));
    assertThat(exhausted.getString("status")).isEqualTo("REFERRAL_DUE");
    HttpResponse<String> third = post(no, "rounds", DISTRICT, session("NOT_SETTLED"));
    assertThat(third.statusCode()).isEqualTo(400);

    JsonObject referred =
        ok(
            post(
                no,
                "referral",
                DISTRICT,
                "{\"route\":\"LITIGATION\",\"note\":\"已告知双方可向莆田市秀屿区人民法院提起诉讼\"}"));
    assertThat(referred.getString("status")).isEqualTo("REFERRED");
    assertThat(
            referred.getJsonArray("rounds").stream()
                .map(
                    r ->
                        r.asJsonObject().getString("level") + r.asJsonObject().getInt("noAtLevel")))
        .containsExactly(
            "VILLAGE1",
            "VILLAGE2",
            "VILLAGE3",
            "VILLAGE4",
            "TOWN1",
            "TOWN2",
            "TOWN3",
            "DISTRICT1",
            "DISTRICT2");
    assertThat(
            referred.getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("ESCALATED")))
        .hasSize(2);
    JsonObject line = line(Http.get(uri("api/disputes"), STATION, null).body(), no);
    assertThat(line.getString("status")).isEqualTo("REFERRED");
    assertThat(line.getBoolean("newOutcome")).isTrue();
    assertThat(text(pdf(no, "referral", DISTRICT)))
        .contains("人民调解终止告知书", no, "村（社区）级4次、镇（街道）级3次、区级2次", "东庄镇人民调解委员会")
        .contains("未能达成调解协议", "转出途径：引导诉讼", "秀屿区人民法院", "秀屿区人民调解委员会（印章）");
  }

  @Test
  void aMissedAcceptanceIsFlaggedAndAReturnedDisputeGoesBackToTheStation() throws Exception {
    String no = receive(dispute("FAMILY", null, true));
    Sql.execute(
        dataSource,
        "update dispute_case set accept_due_at = ? where case_no = ?",
        java.sql.Timestamp.from(Instant.now().minusSeconds(3600)),
        no);
    acceptanceWatch.flag();
    acceptanceWatch.flag();
    JsonObject late = ok(Http.get(uri("api/disputes/" + no), VILLAGE, null));
    assertThat(late.getBoolean("acceptanceOverdue")).isTrue();
    assertThat(
            late.getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("ACCEPTANCE_OVERDUE")))
        .as("flagged once")
        .hasSize(1);
    assertThat(
            line(Http.get(uri("api/disputes"), STATION, null).body(), no)
                .getBoolean("acceptanceOverdue"))
        .isTrue();
    HttpResponse<String> overdue =
        Http.get(uri("api/disputes/overdue-acceptances"), "supervisor.justice", null);
    assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
    assertThat(overdue.body()).contains(no);
    assertThat(Http.get(uri("api/disputes/overdue-acceptances"), VILLAGE, null).statusCode())
        .isEqualTo(403);

    assertThat(post(no, "return", VILLAGE, "{\"reason\":\" \"}").statusCode()).isEqualTo(400);
    JsonObject returned = ok(post(no, "return", VILLAGE, "{\"reason\":\"涉及遗产继承，建议由镇调委会调解\"}"));
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    JsonObject line = line(Http.get(uri("api/disputes"), STATION, null).body(), no);
    assertThat(line.getString("status")).isEqualTo("RETURNED");
    assertThat(line.getBoolean("newOutcome")).isTrue();

    // the station hands it to the town committee instead
    JsonObject again = ok(post(no, "handover", STATION, "{\"bodyId\":\"MC-T101\"}"));
    assertThat(again.getString("status")).isEqualTo("HANDED_OVER");
    assertThat(again.getString("bodyId")).isEqualTo("MC-T101");
    assertThat(again.getBoolean("acceptanceOverdue")).isFalse();
    assertThat(Http.get(uri("api/disputes"), TOWN, null).body()).contains(no);
  }

  @Test
  void mediationIsVoluntaryAndTheStationHandsOverOnlyWhatIsItsOwn() throws Exception {
    String ref = "110-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> unwilling =
        Http.post(uri("api/disputes"), STATION, dispute("NEIGHBOUR", null, false, ref), null);
    assertThat(unwilling.statusCode()).isEqualTo(400);
    assertThat(unwilling.body()).contains("自愿", "尚未同意调解");
    assertThat(Sql.count(dataSource, "select count(*) from dispute_case where source_ref = ?", ref))
        .as("nothing saved")
        .isZero();

    // Dongqin is not Yuetang's: its officer cannot take it down, nor see Dongzhuang's disputes
    HttpResponse<String> elsewhere =
        Http.post(uri("api/disputes"), "police.yuetang", dispute("NEIGHBOUR", null, true), null);
    assertThat(elsewhere.statusCode()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("不在本所辖区");
    String no = receive(dispute("NEIGHBOUR", null, true));
    assertThat(Http.get(uri("api/disputes/" + no), "police.yuetang", null).statusCode())
        .isEqualTo(404);

    // a body that does not cover the place is refused; a mediator cannot take disputes down
    HttpResponse<String> wrongBody =
        Http.post(uri("api/disputes"), STATION, dispute("NEIGHBOUR", "MC-T110", true), null);
    assertThat(wrongBody.statusCode()).isEqualTo(400);
    assertThat(wrongBody.body()).contains("MC-T110");
    assertThat(
            Http.post(uri("api/disputes"), VILLAGE, dispute("NEIGHBOUR", null, true), null)
                .statusCode())
        .isEqualTo(403);
    // a minor traffic damage goes to the station's mediation room
    String traffic = receive(dispute("TRAFFIC_DAMAGE", null, true));
    assertThat(ok(Http.get(uri("api/disputes/" + traffic), STATION, null)).getString("bodyId"))
        .isEqualTo("MR-V101201");
  }

  @Test
  void theFiguresOfTwoGeneratedYearsEqualWhatTheCasesThemselvesSay() throws Exception {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    YearMonth last = YearMonth.now(china).minusMonths(1);
    YearMonth first = last.minusMonths(11);
    generate(first.minusMonths(12), 24, 900);
    figures.rebuild();

    HttpResponse<String> r =
        Http.get(
            uri("api/mediation/statistics?from=" + first + "&to=" + last),
            "supervisor.justice",
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonObject f = Http.json(r.body());
    JsonObject total = f.getJsonObject("total");

    // the same figures counted straight from the cases and their timelines
    Object[] period = period(first, last);
    String in = " between ? and ?";
    long received =
        Sql.count(dataSource, "select count(*) from dispute_case where received_at" + in, period);
    long accepted = events("ACCEPTED", period);
    long settled = events("SETTLED", period);
    long referred = events("REFERRED", period);
    assertThat(received).as("a year of disputes was generated").isGreaterThan(300);
    assertThat(total.getJsonNumber("received").longValue()).isEqualTo(received);
    assertThat(total.getJsonNumber("accepted").longValue()).isEqualTo(accepted);
    assertThat(total.getJsonNumber("settled").longValue()).isEqualTo(settled);
    assertThat(total.getJsonNumber("referred").longValue()).isEqualTo(referred);
    assertThat(total.getJsonNumber("settlementRate").doubleValue())
        .isEqualTo(Math.round(settled * 1000.0 / (settled + referred)) / 10.0);

    List<Long> days = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select c.received_at, e.at from dispute_event e join dispute_case c on c.id = e.case_id"
                    + " where e.kind = 'SETTLED' and e.at"
                    + in)) {
      q.setObject(1, period[0]);
      q.setObject(2, period[1]);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          days.add(
              ChronoUnit.DAYS.between(
                  rs.getTimestamp(1).toInstant().atZone(china).toLocalDate(),
                  rs.getTimestamp(2).toInstant().atZone(china).toLocalDate()));
        }
      }
    }
    Collections.sort(days);
    double median = (days.get((days.size() - 1) / 2) + days.get(days.size() / 2)) / 2.0;
    assertThat(f.getJsonNumber("medianDaysToSettle").doubleValue()).isEqualTo(median);

    // each town against the same months a year before
    Object[] before = period(first.minusYears(1), last.minusYears(1));
    String byTown =
        "select count(*) from dispute_case where place_code like ? and received_at between ? and ?";
    for (JsonValue v : f.getJsonArray("incidence")) {
      JsonObject t = v.asJsonObject();
      String town = t.getString("town") + "%";
      assertThat(t.getJsonNumber("received").longValue())
          .as(town)
          .isEqualTo(Sql.count(dataSource, byTown, town, period[0], period[1]));
      assertThat(t.getJsonNumber("receivedYearBefore").longValue())
          .as(town + " a year before")
          .isEqualTo(Sql.count(dataSource, byTown, town, before[0], before[1]));
    }
    assertThat(f.getJsonArray("incidence").stream().map(t -> t.asJsonObject().getString("name")))
        .contains("东庄镇", "月塘镇");
    assertThat(f.getJsonArray("byLevel").toString()).contains("村（社区）级", "镇（街道）级");
    assertThat(f.getJsonArray("byMonth")).hasSize(12);
    // the monthly report of the last month, printed and as a spreadsheet, with the same totals
    HttpResponse<byte[]> monthly =
        Http.bytes(uri("api/mediation/reports/" + last + ".pdf"), "supervisor.justice");
    assertThat(monthly.statusCode()).isEqualTo(200);
    JsonObject lastMonth =
        Http.json(
                Http.get(
                        uri("api/mediation/statistics?from=" + last + "&to=" + last),
                        "supervisor.justice",
                        null)
                    .body())
            .getJsonObject("total");
    assertThat(text(monthly.body()))
        .contains("人民调解工作月报", "按调解组织（调解室）", "东沁村人民调解委员会")
        .contains(Long.toString(lastMonth.getJsonNumber("received").longValue()));
    HttpResponse<byte[]> sheet =
        Http.bytes(uri("api/mediation/reports/" + last + ".xlsx"), "supervisor.justice");
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.body()[0]).as("a zip: an Office Open XML workbook").isEqualTo((byte) 'P');
    assertThat(Http.bytes(uri("api/mediation/reports/" + last + ".pdf"), VILLAGE).statusCode())
        .isEqualTo(403);
    assertThat(
            Http.get(uri("api/mediation/statistics?from=2026-13"), "supervisor.justice", null)
                .statusCode())
        .isEqualTo(400);
  }

  /**
   * Loads {@code count} disputes received over {@code months} months from {@code start}, in two
   * towns and at village and town level, of every type: settled, referred, in mediation or not yet
   * accepted, each with its timeline, straight into the database as a bulk load would.
   */
  private void generate(YearMonth start, int months, int count) throws Exception {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    Random random = new Random(20261201);
    String[][] places = {
      {"PS-DONGZHUANG", "350305101201001001", "MC-V101201", "VILLAGE"},
      {"PS-YUETANG", "350305110201", "MS-V110201", "VILLAGE"},
      {"PS-DONGZHUANG", "350305101201", "MC-T101", "TOWN"}
    };
    List<String> types = Sql.column(dataSource, "select code from dispute_type order by code");
    try (Connection c = dataSource.getConnection();
        PreparedStatement cases =
            c.prepareStatement(
                "insert into dispute_case (id, case_no, station_id, source, dispute_type, place_code,"
                    + " place_text, summary, urgency, status, body_id, body_level, first_body_id,"
                    + " received_at, received_by, handed_over_at, accept_due_at, accepted_at,"
                    + " settled_at, closed_at, version) values (?, ?, ?, 'WALK_IN', ?, ?, '生成地点',"
                    + " '生成的纠纷', 'NORMAL', ?, ?, ?, ?, ?, 'generator', ?, ?, ?, ?, ?, 0)");
        PreparedStatement events =
            c.prepareStatement(
                "insert into dispute_event (case_id, seq, at, actor, organisation_id, kind, note)"
                    + " values (?, ?, ?, 'generator', ?, ?, null)")) {
      for (int n = 0; n < count; n++) {
        String[] at = places[random.nextInt(places.length)];
        YearMonth month = start.plusMonths(random.nextInt(months));
        Instant received =
            month
                .atDay(1 + random.nextInt(month.lengthOfMonth()))
                .atTime(8, 30)
                .atZone(china)
                .toInstant()
                .plusSeconds(random.nextInt(9 * 3600));
        int outcome = random.nextInt(10); // 0-5 settled, 6-7 referred, 8 in mediation, 9 waiting
        Instant accepted = received.plusSeconds(1800 + random.nextInt(20 * 3600));
        Instant concluded = accepted.plus(Duration.ofDays(random.nextInt(40)));
        UUID id = UUID.randomUUID();
        cases.setObject(1, id);
        cases.setString(2, "GEN-" + n + "-" + id.toString().substring(0, 8));
        cases.setString(3, at[0]);
        cases.setString(4, types.get(random.nextInt(types.size())));
        cases.setString(5, at[1]);
        cases.setString(
            6,
            outcome <= 5
                ? "SETTLED"
                : outcome <= 7 ? "REFERRED" : outcome == 8 ? "IN_MEDIATION" : "HANDED_OVER");
        cases.setString(7, at[2]);
        cases.setString(8, at[3]);
        cases.setString(9, at[2]);
        cases.setTimestamp(10, Timestamp.from(received));
        cases.setTimestamp(11, Timestamp.from(received));
        cases.setTimestamp(12, Timestamp.from(received.plusSeconds(86400)));
        cases.setTimestamp(13, outcome == 9 ? null : Timestamp.from(accepted));
        cases.setTimestamp(14, outcome <= 5 ? Timestamp.from(concluded) : null);
        cases.setTimestamp(15, outcome == 6 || outcome == 7 ? Timestamp.from(concluded) : null);
        cases.addBatch();
        int seq = event(events, id, 0, received, at[0], "RECEIVED");
        seq = event(events, id, seq, received, at[0], "HANDED_OVER");
        if (outcome != 9) {
          seq = event(events, id, seq, accepted, at[2], "ACCEPTED");
          for (int r = 0; r <= random.nextInt(4); r++) {
            seq = event(events, id, seq, accepted.plusSeconds(60L * (r + 1)), at[2], "ROUND");
          }
          if (outcome <= 5) {
            event(events, id, seq, concluded, at[2], "SETTLED");
          } else if (outcome <= 7) {
            event(events, id, seq, concluded, at[2], "REFERRED");
          }
        }
      }
      cases.executeBatch();
      events.executeBatch();
    }
  }

  private static int event(
      PreparedStatement p, UUID id, int seq, Instant at, String organisation, String kind)
      throws Exception {
    p.setObject(1, id);
    p.setInt(2, seq);
    p.setTimestamp(3, Timestamp.from(at));
    p.setString(4, organisation);
    p.setString(5, kind);
    p.addBatch();
    return seq + 1;
  }

  private long events(String kind, Object[] period) throws Exception {
    return Sql.count(
        dataSource,
        "select count(*) from dispute_event where kind = ? and at between ? and ?",
        kind,
        period[0],
        period[1]);
  }

  /**
   * From the first moment of {@code first} to the last of {@code last}, on the district's clock.
   */
  private static Object[] period(YearMonth first, YearMonth last) {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    return new Object[] {
      Timestamp.from(first.atDay(1).atStartOfDay(china).toInstant()),
      Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(china).toInstant().minusMillis(1))
    };
  }

  /** This month's totals, as the supervisor's figures give them. */
  private JsonObject thisMonth() throws Exception {
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    HttpResponse<String> r =
        Http.get(
            uri("api/mediation/statistics?from=" + month + "&to=" + month),
            "supervisor.justice",
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body()).getJsonObject("total");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String receive(String body) throws Exception {
    HttpResponse<String> r = Http.post(uri("api/disputes"), STATION, body, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r.body()).getString("caseNo");
  }

  private HttpResponse<String> post(String no, String action, String user, String body)
      throws Exception {
    return Http.post(uri("api/disputes/" + no + "/" + action), user, body, null);
  }

  private byte[] pdf(String no, String form, String user) throws Exception {
    HttpResponse<byte[]> r =
        Http.bytes(uri("api/disputes/" + no + "/forms/" + form + ".pdf"), user);
    assertThat(r.statusCode())
        .as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    return r.body();
  }

  private static String text(byte[] pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
    }
  }

  /** The applicant's full identity number, as the register has it. */
  private String applicantId(String no) throws Exception {
    return Sql.single(
        dataSource,
        "select p.resident_id from dispute_party p join dispute_case c on c.id = p.case_id"
            + " where c.case_no = ? and p.seq = 0",
        no);
  }

  private static JsonObject ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body());
  }

  private static JsonObject line(String list, String no) {
    return Http.jsonArray(list).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("caseNo").equals(no))
        .findFirst()
        .orElseThrow(() -> new AssertionError(no + " not in " + list));
  }

  private String dispute(String type, String bodyId, boolean consent) throws Exception {
    return dispute(
        type, bodyId, consent, "110-" + ThreadLocalRandom.current().nextInt(100000, 999999));
  }

  /** Two neighbours from the register, and a visitor with a passport who also signs. */
  private String dispute(String type, String bodyId, boolean consent, String ref) throws Exception {
    String a =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "林阿明", LocalDate.of(1970, 4, 4), true);
    String b =
        Residents.newHousehold(dataSource, DONGQIN_UNIT, "陈阿华", LocalDate.of(1968, 9, 9), true);
    JsonArrayBuilder parties =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("role", "APPLICANT")
                    .add("residentId", a)
                    .add("phone", "13905940001")
                    .add("consent", true))
            .add(
                Json.createObjectBuilder()
                    .add("role", "RESPONDENT")
                    .add("residentId", b)
                    .add("phone", "13905940002")
                    .add("consent", consent))
            .add(
                Json.createObjectBuilder()
                    .add("role", "RESPONDENT")
                    .add("name", "王建业")
                    .add("idKind", "PASSPORT")
                    .add("idNumber", "E12345678")
                    .add("sex", "MALE")
                    .add("consent", true));
    var d =
        Json.createObjectBuilder()
            .add("source", "CALL")
            .add("sourceRef", ref)
            .add("type", type)
            .add("placeCode", DONGQIN_UNIT)
            .add("placeText", "东沁村海滨路26号与28号之间")
            .add("summary", "两户因排水沟渗水及院墙界址发生争执，民警到场后双方情绪平稳，均同意调解。")
            .add("urgency", "NORMAL")
            .add("parties", parties);
    if (bodyId != null) {
      d.add("bodyId", bodyId);
    }
    return d.build().toString();
  }

  private static String session(String result) {
    return Json.createObjectBuilder()
        .add("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
        .add("mediators", "林秀英、郭文林")
        .add("attendees", "林阿明、陈阿华、王建业")
        .add("record", "双方分别陈述排水沟渗水经过及损失，调解员释明相邻关系的有关规定。")
        .add("result", result)
        .build()
        .toString();
  }

  private static String settlement(String due) {
    return Json.createObjectBuilder()
        .add("kind", "WRITTEN")
        .add("facts", "陈阿华家排水沟年久失修，雨季渗水致林阿明家院墙受损。")
        .add("matters", "排水沟修缮责任及院墙损失赔偿；陈阿华负主要责任。")
        .add("content", "陈阿华于履行期限内自费修缮排水沟，并赔偿林阿明院墙修补费用人民币贰仟元整。")
        .add("performanceManner", "修缮完毕后当面交付赔偿款，由村调委会见证。")
        .add("performanceDue", due)
        .build()
        .toString();
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
