package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.database.YicibangDataSource;
import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks {@code docs/authorization-matrix.csv} against the running application: for every REST
 * operation and every page, each role (as one demo user of it) and an anonymous caller, on a
 * subject of the user's own organisation and, where the cell says {@code own} or {@code any}, on
 * another organisation's. A cell says what must happen; any other outcome fails, and so does an
 * operation or a page the matrix does not list.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  private static final Path MATRIX = Path.of("..", "docs", "authorization-matrix.csv");

  /** The user who plays each role; all but the district-wide ones sit on the Dongzhuang side. */
  private static final Map<String, String> PLAYERS =
      Map.ofEntries(
          Map.entry("COUNTER_CLERK", "clerk.dongzhuang"),
          Map.entry("HALL_CLERK", "hall.xiuyu"),
          Map.entry("HALL_SUPERVISOR", "supervisor.xiuyu"),
          Map.entry("STATION_HEAD", "head.dongzhuang"),
          Map.entry("BUREAU_APPROVER", "approver.xiuyu"),
          Map.entry("MEDIATOR", "mediator.dongqin"),
          Map.entry("POLICE_OFFICER", "police.dongzhuang"),
          Map.entry("MEDIATION_SUPERVISOR", "supervisor.justice"),
          Map.entry("DEPARTMENT_OFFICER", "officer.medins"),
          Map.entry("ADMINISTRATOR", "admin"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  private final Map<String, FacesClient> pageClients = new LinkedHashMap<>();

  @Test
  void everyCellOfTheMatrixHoldsAgainstTheRunningApplication() throws Exception {
    List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
    List<String> roles = List.of(lines.get(0).split(",")).subList(1, 12);
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] cells = line.split(",");
        assertThat(cells).as(line).hasSize(12);
        rows.put(cells[0], cells);
      }
    }
    assertThat(rows.keySet())
        .as("the matrix against the application")
        .containsExactlyInAnyOrderElementsOf(everything());

    subjectsOnBothSides();
    List<String> wrong = new ArrayList<>();
    List<String> untested = new ArrayList<>();
    int checked = 0;
    for (String[] row : rows.values()) {
      String operation = row[0];
      for (int r = 0; r < roles.size(); r++) {
        String role = roles.get(r);
        String cell = row[r + 1];
        String user = "ANONYMOUS".equals(role) ? null : PLAYERS.get(role);
        String org =
            user == null
                ? null
                : Sql.single(
                    dataSource, "select organisation_id from app_user where username = ?", user);
        Subject mine = subject(operation, org, true);
        if (hasSubject(operation) && mine == null && !"own".equals(cell)) {
          // the organisation has no such subject of its own: any will do to be refused or allowed
          mine = subject(operation, null, true);
        }
        if (hasSubject(operation) && mine == null) {
          untested.add(operation + " as " + role + ": its organisation has no subject of its own");
        } else {
          Outcome own = attempt(operation, user, mine);
          checked++;
          boolean allowed = !"-".equals(cell);
          if (own.status() >= 500) {
            wrong.add(operation + " as " + role + " failed on its own: " + own);
          } else if (own.allowed() != allowed) {
            wrong.add(
                operation
                    + " as "
                    + role
                    + " ("
                    + user
                    + ") on its own "
                    + mine
                    + ": expected "
                    + (allowed ? "allowed" : "refused")
                    + ", got "
                    + own);
          }
        }
        if (("own".equals(cell) || "any".equals(cell)) && hasSubject(operation)) {
          Subject other = subject(operation, org, false);
          if (other == null) {
            untested.add(operation + " as " + role + ": no other organisation's subject exists");
            continue;
          }
          Outcome theirs = attempt(operation, user, other);
          checked++;
          if (theirs.status() >= 500) {
            wrong.add(operation + " as " + role + " failed on another's: " + theirs);
          } else if (theirs.allowed() != "any".equals(cell)) {
            wrong.add(
                operation
                    + " as "
                    + role
                    + " ("
                    + user
                    + ") on another organisation's "
                    + other
                    + ": expected "
                    + ("any".equals(cell) ? "allowed" : "refused")
                    + ", got "
                    + theirs);
          }
        }
      }
    }
    String report =
        checked
            + " requests checked, "
            + wrong.size()
            + " wrong, "
            + untested.size()
            + " not testable on this data\n"
            + String.join("\n", wrong)
            + "\n"
            + String.join("\n", untested);
    Path file = Path.of("target", "reliability", "authorization-matrix.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    assertThat(wrong).as(report).isEmpty();
    assertThat(checked).isGreaterThan(rows.size() * 11);
  }

  /** Every operation of the OpenAPI document and every page of the application. */
  private Set<String> everything() throws Exception {
    Set<String> all = new TreeSet<>();
    OpenApi.of(base.toURI()).operations().forEach(op -> all.add(op.name()));
    Path webapp = Path.of("src", "main", "webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith("/WEB-INF/"))
          .forEach(f -> all.add("PAGE " + f));
    }
    return all;
  }

  /** What a request did: allowed unless authentication or authorisation refused it. */
  record Outcome(int status, boolean allowed, String detail) {
    @Override
    public String toString() {
      return status + " " + detail;
    }
  }

  /** A subject of some kind: the value for the path parameter, and what a page shows of it. */
  record Subject(String kind, String value, String shown) {}

  private Outcome attempt(String operation, String user, Subject subject) throws Exception {
    if (operation.startsWith("PAGE ")) {
      return page(operation.substring(5), user, subject);
    }
    String method = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1);
    path = fill(path, subject);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", "zh-CN");
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
    }
    if ("POST".equals(method)) {
      String body = path.endsWith("/materials") ? "[]" : "{}";
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.GET();
    }
    HttpResponse<String> r =
        HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int s = r.statusCode();
    String code = codeOf(r.body());
    boolean publicOne = path.startsWith("/api/public/");
    // refused: not logged in, not allowed, or the subject hidden as if it did not exist (without a
    // subject in the path, a 404 is about a value in the request, e.g. an unknown dispute type)
    boolean aboutSubject = subject != null && subject.value() != null;
    boolean refused = s == 401 || s == 403 || (s == 404 && aboutSubject && !publicOne);
    return new Outcome(s, !refused, code);
  }

  private Outcome page(String page, String user, Subject subject) throws Exception {
    String address = page.substring(1);
    if (subject != null) {
      String param = page.equals("/household/case.xhtml") ? "id" : "no";
      address += "?" + param + "=" + URLEncoder.encode(subject.value(), StandardCharsets.UTF_8);
    }
    FacesClient client = pageClients.get(user == null ? "" : user);
    if (client == null) {
      client = new FacesClient(base.toURI());
      if (user != null) {
        assertThat(client.login(user, "demo1234").statusCode()).as(user).isEqualTo(302);
      }
      pageClients.put(user == null ? "" : user, client);
    }
    HttpResponse<String> r = client.get(address);
    int s = r.statusCode();
    if (s == 302) {
      String to = r.headers().firstValue("Location").orElse("");
      return new Outcome(s, !to.contains("login.xhtml"), "redirect to " + to);
    }
    if (s != 200) {
      return new Outcome(s, false, "");
    }
    if (subject != null && subject.shown() != null) {
      // a page about one subject: allowed when it shows it, refused when it shows none
      boolean shows = r.body().contains(subject.shown());
      return new Outcome(s, shows, shows ? "shows " + subject.shown() : "does not show it");
    }
    return new Outcome(s, true, "");
  }

  private static boolean hasSubject(String operation) {
    return operation.contains("{")
        || operation.equals("PAGE /mediation/dispute.xhtml")
        || operation.equals("PAGE /household/case.xhtml")
        || operation.equals("PAGE /bundle/detail.xhtml");
  }

  /**
   * A subject for the operation: one of the organisation's own ({@code own}) or another's. Looked
   * up when needed, since earlier rows may have moved a case on.
   */
  private Subject subject(String operation, String org, boolean own) throws Exception {
    String kind;
    if (operation.contains("{residentId}")) {
      kind = "person";
    } else if (operation.contains("{ref}") || operation.equals("PAGE /household/case.xhtml")) {
      kind = "change";
    } else if (operation.contains("{caseNo}")
        || operation.equals("PAGE /mediation/dispute.xhtml")) {
      kind = "dispute";
    } else if (operation.contains("{trackingNo}") && !operation.contains("/public/")
        || operation.equals("PAGE /bundle/detail.xhtml")) {
      kind = "bundle";
    } else if (operation.contains("/bundle-tasks/{id}")) {
      kind = "task";
    } else if (operation.contains("/notifications/{id}")) {
      kind = "notification";
    } else {
      return operation.contains("{") ? new Subject("value", null, null) : null;
    }
    Finder finder = FINDERS.get(kind);
    String[] found;
    if (org == null) {
      found = row(finder.sql(null));
    } else {
      String condition = own ? finder.own() : finder.others();
      Object[] args = new Object[(int) condition.chars().filter(c -> c == '?').count()];
      java.util.Arrays.fill(args, org);
      found = row(finder.sql(condition), args);
    }
    return found == null ? null : new Subject(kind, found[0], found[1]);
  }

  /**
   * How to find a subject of one kind: the value for the path and what a page shows of it, from
   * rows that always qualify ({@code where}, may be null), narrowed to the organisation's own or to
   * another's by a condition whose every {@code ?} is the organisation, in a fixed order.
   */
  record Finder(String select, String where, String own, String others, String order) {
    /** The query; without a condition, any subject of the kind, whoever's. */
    String sql(String condition) {
      List<String> all = new ArrayList<>();
      if (where != null) {
        all.add(where);
      }
      if (condition != null) {
        all.add(condition);
      }
      return select
          + (all.isEmpty() ? "" : " where " + String.join(" and ", all))
          + " order by "
          + order;
    }
  }

  private static final String IN_JURISDICTION =
      "exists (select 1 from organisation_jurisdiction j"
          + " where j.organisation_id = ? and h.division_code like concat(j.division_code, '%'))";

  private static final Map<String, Finder> FINDERS =
      Map.of(
          "person",
          new Finder(
              "select p.resident_id, p.resident_id from person p join household h on h.id = p.household_id",
              null,
              IN_JURISDICTION,
              "not " + IN_JURISDICTION,
              "p.resident_id"),
          "change",
          new Finder(
              "select cast(id as varchar(36)), acceptance_no from change_application",
              "acceptance_no is not null",
              "station_id = ?",
              // a move another station took of this one's residents is this one's to see too
              "station_id <> ? and (origin_station_id is null or origin_station_id <> ?)",
              "acceptance_no"),
          "dispute",
          new Finder(
              "select case_no, case_no from dispute_case",
              null,
              "(station_id = ? or body_id = ?)",
              "(station_id <> ? and (body_id is null or body_id <> ?))",
              "case_no desc"),
          "bundle",
          new Finder(
              "select tracking_no, tracking_no from bundle_application",
              null,
              "hall_id = ?",
              "hall_id <> ?",
              "tracking_no"),
          "task",
          new Finder(
              "select cast(id as varchar(36)), cast(id as varchar(36)) from bundle_task",
              null,
              "department_id = ?",
              "department_id <> ?",
              "id"),
          "notification",
          new Finder(
              "select cast(id as varchar(36)), cast(id as varchar(36)) from notification",
              null,
              "recipient_id = ?",
              "recipient_id <> ?",
              "id"));

  private String[] row(String sql, Object... args) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.setMaxRows(1);
      try (var rs = s.executeQuery()) {
        return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
      }
    }
  }

  /** The path with its parameters filled: the subject's, and a valid value for the rest. */
  private String fill(String path, Subject subject) throws Exception {
    String p = path;
    if (subject != null && subject.value() != null) {
      p = p.replaceFirst("\\{(residentId|ref|caseNo|trackingNo|id)\\}", enc(subject.value()));
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", Sql.single(dataSource, "select min(bundle_code) from bundle_version"));
    values.put("month", LocalDate.now().toString().substring(0, 7));
    values.put(
        "item",
        subject != null && "bundle".equals(subject.kind())
            ? firstOr(
                "select min(i.item_code) from bundle_task t join bundle_item i on i.id = t.item_id"
                    + " join bundle_application a on a.id = t.application_id where a.tracking_no = ?",
                "SOCIAL_CARD",
                subject.value())
            : "SOCIAL_CARD");
    values.put(
        "reference", firstOr("select min(reference) from printed_form", "RE-20260101-NOSUCH"));
    values.put("acceptanceNo", firstOr("select min(acceptance_no) from change_application", "X"));
    values.put("trackingNo", firstOr("select min(tracking_no) from bundle_application", "X"));
    values.put("form", p.startsWith("/api/disputes") ? "handover" : "application");
    Matcher m = Pattern.compile("\\{([a-zA-Z]+)\\}").matcher(p);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(enc(values.getOrDefault(m.group(1), "x"))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String firstOr(String sql, String fallback, Object... args) throws Exception {
    String v = Sql.single(dataSource, sql, args);
    return v == null ? fallback : v;
  }

  /**
   * A change taken at each of two stations, so that each side has its own case; a business start at
   * the hall (an application and its departments' tasks); a name change approved up to the bureau
   * (the departments get their notifications).
   */
  private void subjectsOnBothSides() throws Exception {
    URI uri = base.toURI();
    Intake.businessStart(uri, dataSource, "郑丙方");
    String no =
        Intake.change(
            uri,
            dataSource,
            "clerk.dongzhuang",
            Intake.DONGQIN_UNIT,
            "郑丁方",
            LocalDate.of(1972, 7, 7),
            false,
            Map.of("NAME", "郑丁芳"));
    for (String approver : List.of("head.dongzhuang", "approver.xiuyu")) {
      HttpResponse<String> d =
          Http.post(
              uri.resolve("api/household-changes/" + no + "/decisions"),
              approver,
              "{\"kind\":\"APPROVE\",\"opinion\":\"同意\"}",
              null);
      assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
    }
    Map<String, String> occupation = Map.of("OCCUPATION", "教师");
    LocalDate born = LocalDate.of(1975, 3, 3);
    Intake.change(
        uri, dataSource, "clerk.dongzhuang", Intake.DONGQIN_UNIT, "郑甲方", born, true, occupation);
    Intake.change(
        uri, dataSource, "clerk.yuetang", unitOf("PS-YUETANG"), "陈乙方", born, true, occupation);
  }

  /** A unit inside the station's jurisdiction, for a resident of its own. */
  private String unitOf(String station) throws Exception {
    return Sql.single(
        dataSource,
        "select min(d.code) from division d join organisation_jurisdiction j"
            + " on d.code like concat(j.division_code, '%')"
            + " where j.organisation_id = ? and d.level = 'UNIT'",
        station);
  }

  private static String codeOf(String body) {
    Matcher m = Pattern.compile("\"code\":\"([^\"]*)\"").matcher(body == null ? "" : body);
    return m.find() ? m.group(1) : "";
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
