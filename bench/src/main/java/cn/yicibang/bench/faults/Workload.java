package cn.yicibang.bench.faults;

import cn.yicibang.domain.registry.ResidentId;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded mixed load of the counters' real work, over the API as the counters' systems would send
 * it, each write with its own {@code Idempotency-Key}: household-change applications with their
 * receipt printed and their approvals; one-stop change-and-correction bundles with their receipt;
 * disputes handed to a village committee, accepted, mediated in two rounds, settled, the agreement
 * printed. Every answer that acknowledges a write is written down, to be checked against the
 * database afterwards.
 */
final class Workload {

  /** Dongqin village, Dongzhuang town: the Dongzhuang station's and the Dongqin committee's. */
  static final String UNIT = "350305101201001001";

  /** The start of this load's disputes' call references, telling them from the demo's. */
  static final String REF = "110-FT";

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

  /** What the API acknowledged: the kind of write, the number it answered, its subject. */
  record Acknowledged(String kind, String number, String subject) {}

  final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
  final AtomicLong prints = new AtomicLong();
  final AtomicLong failures = new AtomicLong();
  final List<String> firstFailures = new CopyOnWriteArrayList<>();

  private final Supplier<List<URI>> nodes;
  private final Queue<String[]> residents = new ConcurrentLinkedQueue<>();
  private List<String> materials;
  private final Duration patience = Duration.ofMinutes(3);

  Workload(Supplier<List<URI>> nodes) {
    this.nodes = nodes;
  }

  /**
   * Adds {@code count} new adults to Dongqin's register, each the head of a household of their own
   * (one name in fifty carries a CJK Extension B character).
   */
  void residents(Connection c, int count) throws Exception {
    String sql =
        "insert into household (id, household_no, kind, address, division_code, registered_on,"
            + " version) values (?, ?, 'FAMILY', '东庄镇东沁村故障演练户', ?, date '2000-01-01', 0)";
    String person =
        "insert into person (id, resident_id, name, sex, ethnicity_code, birth_date, address,"
            + " household_id, relation_to_head, registered_on, occupation, version) values (?, ?, ?,"
            + " 'MALE', '01', ?, '东庄镇东沁村故障演练户', ?, 'HEAD', date '2000-01-01', '农民', 0)";
    c.setAutoCommit(false);
    try (PreparedStatement h = c.prepareStatement(sql);
        PreparedStatement p = c.prepareStatement(person)) {
      for (int k = 0; k < count; k++) {
        UUID household = UUID.randomUUID();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(k / 40);
        String id = ResidentId.issue("350305", birth, 901 + 2 * (k % 40)).value();
        // Extension B characters the committed font can draw (𠮷 it cannot: that refusal is tested
        // elsewhere), so every form of the load prints
        String name = (k % 50 == 0 ? (k % 100 == 0 ? "𤧛" : "𠂇") : "郑") + "演练" + k;
        h.setObject(1, household);
        h.setString(2, "FT" + household.toString().substring(0, 12));
        h.setString(3, UNIT);
        h.addBatch();
        p.setObject(1, UUID.randomUUID());
        p.setString(2, id);
        p.setString(3, name);
        p.setObject(4, birth);
        p.setObject(5, household);
        p.addBatch();
        residents.add(new String[] {id, name});
      }
      h.executeBatch();
      p.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
  }

  private Client client(String user, int worker) {
    return new Client(nodes, user, patience, worker);
  }

  private String[] resident() {
    String[] r = residents.poll();
    if (r == null) {
      throw new IllegalStateException("out of residents");
    }
    return r;
  }

  /** One household-change application, from intake to the last approval, its receipt printed. */
  void householdChange(int worker) throws Exception {
    String[] r = resident();
    Client clerk = client("clerk.dongzhuang", worker);
    String body =
        "{\"residentId\":\""
            + r[0]
            + "\",\"items\":{\"OCCUPATION\":\"教师\"},\"applicantRelation\":\"SELF\","
            + "\"applicantName\":\""
            + r[1]
            + "\",\"applicantResidentId\":\""
            + r[0]
            + "\",\"reason\":\"本人申请\",\"materialsSeen\":[\"ID_CARD\",\"BOOKLET\","
            + "\"FORM_SIGNED\"]}";
    String created =
        Client.expect(
            clerk.post("api/household-changes", body, key()), 201, "household change " + r[0]);
    String no = Client.field(created, "acceptanceNo");
    acknowledged.add(new Acknowledged("change", no, r[0]));
    print(clerk, "api/household-changes/" + no + "/forms/receipt.pdf");
    String state = created;
    for (int step = 0; step < 4 && "IN_APPROVAL".equals(Client.field(state, "status")); step++) {
      String level = Client.field(state, "currentLevel");
      String approver = "BRANCH".equals(level) ? "approver.xiuyu" : "head.dongzhuang";
      state =
          Client.expect(
              client(approver, worker)
                  .post(
                      "api/household-changes/" + no + "/decisions",
                      "{\"kind\":\"APPROVE\",\"opinion\":\"经核查，同意变更\"}",
                      key()),
              200,
              "decision on " + no);
      acknowledged.add(new Acknowledged("decision-" + level, no, r[0]));
    }
    if (!"APPROVED".equals(Client.field(state, "status"))) {
      throw new IllegalStateException(no + " not approved: " + state);
    }
  }

  /** One change-and-correction bundle taken at the service hall, its receipt printed. */
  void bundle(int worker) throws Exception {
    String[] r = resident();
    Client hall = client("hall.xiuyu", worker);
    if (materials == null) {
      String notice =
          Client.expect(hall.get("api/bundles/CHANGE_CORRECTION/notice"), 200, "bundle notice");
      List<String> codes = new ArrayList<>();
      Matcher m = CODE.matcher(notice.substring(notice.indexOf("\"materials\":")));
      while (m.find()) {
        codes.add(m.group(1));
      }
      materials = codes;
    }
    String given =
        "{\"subject.residentId\":\""
            + r[0]
            + "\",\"change.item\":\"OCCUPATION\",\"change.newValue\":\"个体经营户\","
            + "\"change.reason\":\"职业发生变动\",\"applicant.residentId\":\""
            + r[0]
            + "\",\"applicant.relation\":\"本人\",\"applicant.phone\":\"13505941188\"}";
    String values =
        Client.expect(
            hall.post("api/bundles/CHANGE_CORRECTION/prefill", given, null), 200, "prefill");
    String submission =
        "{\"bundle\":\"CHANGE_CORRECTION\",\"values\":"
            + values
            + ",\"materialsSeen\":[\""
            + String.join("\",\"", materials)
            + "\"]}";
    String created =
        Client.expect(hall.post("api/bundle-applications", submission, key()), 201, "bundle");
    String no = Client.field(created, "trackingNo");
    acknowledged.add(new Acknowledged("bundle", no, r[0]));
    print(hall, "api/bundle-applications/" + no + "/forms/receipt.pdf");
  }

  /** A resident taken out of the pool, for the caller's own use. */
  String[] reserve() {
    return resident();
  }

  /** A dispute received at the station and handed to the village committee; its case number. */
  String handOver(int worker) throws Exception {
    String ref = REF + UUID.randomUUID().toString().substring(0, 8);
    String created =
        Client.expect(
            client("police.dongzhuang", worker).post("api/disputes", disputeBody(ref), key()),
            201,
            "dispute");
    String no = Client.field(created, "caseNo");
    acknowledged.add(new Acknowledged("dispute", no, ref));
    return no;
  }

  /** One dispute from the station's intake to the printed agreement. */
  void dispute(int worker) throws Exception {
    Client police = client("police.dongzhuang", worker);
    Client village = client("mediator.dongqin", worker);
    String ref = REF + UUID.randomUUID().toString().substring(0, 8);
    String created =
        Client.expect(police.post("api/disputes", disputeBody(ref), key()), 201, "dispute");

    String no = Client.field(created, "caseNo");
    acknowledged.add(new Acknowledged("dispute", no, ref));
    String path = "api/disputes/" + no + "/";
    Client.expect(village.post(path + "accept", null, key()), 200, "accept " + no);
    acknowledged.add(new Acknowledged("accept", no, ref));
    for (String result : new String[] {"NOT_SETTLED", "SETTLED"}) {
      Client.expect(village.post(path + "rounds", round(result), key()), 200, "round " + no);
      acknowledged.add(new Acknowledged("round", no, ref));
    }
    String due = LocalDate.now(CHINA).plusDays(10).toString();
    Client.expect(
        village.post(
            path + "settlement",
            "{\"kind\":\"WRITTEN\",\"facts\":\"排水沟年久失修，雨季渗水致院墙受损。\",\"matters\":\"排水沟修缮责任及院墙损失赔偿。\","
                + "\"content\":\"被申请人于履行期限内自费修缮排水沟，并赔偿院墙修补费用人民币贰仟元整。\","
                + "\"performanceManner\":\"修缮完毕后当面交付赔偿款，由村调委会见证。\",\"performanceDue\":\""
                + due
                + "\"}",
            key()),
        200,
        "settlement " + no);
    acknowledged.add(new Acknowledged("settlement", no, ref));
    print(village, path + "forms/agreement.pdf");
  }

  private String disputeBody(String ref) {
    String[] a = resident();
    String[] b = resident();
    return "{\"source\":\"CALL\",\"sourceRef\":\""
        + ref
        + "\",\"type\":\"NEIGHBOUR\",\"placeCode\":\""
        + UNIT
        + "\",\"placeText\":\"东沁村海滨路26号与28号之间\",\"summary\":\"两户因排水沟渗水及院墙界址发生争执，"
        + "双方均同意调解。\",\"urgency\":\"NORMAL\",\"parties\":[{\"role\":\"APPLICANT\",\"residentId\":\""
        + a[0]
        + "\",\"phone\":\"13905940001\",\"consent\":true},{\"role\":\"RESPONDENT\",\"residentId\":\""
        + b[0]
        + "\",\"phone\":\"13905940002\",\"consent\":true}]}";
  }

  private static String round(String result) {
    return "{\"heldOn\":\""
        + LocalDate.now(CHINA)
        + "\",\"mediators\":\"林秀英、郭文林\",\"attendees\":\"双方当事人\",\"record\":\"双方分别陈述经过，"
        + "调解员释明相邻关系的有关规定。\",\"result\":\""
        + result
        + "\"}";
  }

  private void print(Client c, String path) throws InterruptedException {
    Client.Answer pdf = c.get(path);
    if (pdf.status() != 200
        || pdf.bytes().length < 5
        || pdf.bytes()[0] != '%'
        || pdf.bytes()[1] != 'P') {
      throw new IllegalStateException("print " + path + " → " + pdf.status());
    }
    prints.incrementAndGet();
  }

  private static String key() {
    return "faults-" + UUID.randomUUID();
  }

  /** Runs one piece of work, counting a failure instead of throwing. */
  void run(Step step, int worker) {
    try {
      step.run(this, worker);
    } catch (Exception e) {
      failures.incrementAndGet();
      if (firstFailures.size() < 5) {
        firstFailures.add(e.toString());
      }
      try {
        Thread.sleep(1000); // a clerk who got an error does not retype at once
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One kind of work. */
  @FunctionalInterface
  interface Step {
    void run(Workload w, int worker) throws Exception;
  }
}
