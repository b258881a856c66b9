package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.web.it.OpenApi.Operation;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against every operation the {@code /openapi} document lists, on the real server:
 * for each, {@link #INPUTS} requests with wrong types, missing and extra fields, huge strings,
 * control characters, invalid and near-valid identity numbers, impossible dates, script and SQL
 * payloads and Extension B characters, mixed with real case numbers so that bad bodies reach the
 * code behind them. Each answer must be below 500, carry no stack trace, and a refusal must say in
 * words what was wrong; a refused request must leave the database as it was. Deterministic: the
 * same seed per operation every run.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

  /** Inputs per operation; {@code YICIBANG_FUZZ_INPUTS} overrides (the server inherits it). */
  static final int INPUTS =
      Integer.parseInt(System.getenv().getOrDefault("YICIBANG_FUZZ_INPUTS", "1000"));

  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(\\tat [a-z])|(\\.java:\\d+\\))|(Exception:)|(org\\.hibernate\\.)|(java\\.lang\\.)"
              + "|(jakarta\\.ejb\\.)|(org\\.postgresql\\.)|(org\\.h2\\.)");

  private static final List<String> EVERYONE =
      List.of(
          "clerk.dongzhuang",
          "clerk.yuetang",
          "head.dongzhuang",
          "approver.xiuyu",
          "hall.xiuyu",
          "supervisor.xiuyu",
          "officer.health",
          "officer.medins",
          "police.dongzhuang",
          "mediator.dongqin",
          "mediator.yuetang",
          "supervisor.justice",
          "admin");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Test
  void everyOperationAnswersHostileInputWithAClearRefusalAndNoChange() throws Exception {
    OpenApi api = OpenApi.of(base.toURI());
    Map<String, JsonObject> components = api.schemas();
    List<Operation> operations = api.operations();
    assertThat(operations).hasSizeGreaterThanOrEqualTo(45);
    Map<String, List<String>> seeds = seeds();

    List<String> problems = new ArrayList<>();
    LogCapture log = LogCapture.start();
    long total = 0;
    long started = System.nanoTime();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%-62s %7s %5s %5s %5s %5s %6s%n",
            "operation", "inputs", "2xx", "4xx", "http", "5xx", "s"));
    for (Operation op : operations) {
      long t0 = System.nanoTime();
      Random random = new Random(op.name().hashCode());
      HostileInputs inputs = new HostileInputs(random, seeds);
      int ok = 0;
      int refused = 0;
      int failed = 0;
      int printed = 0;
      int transport = 0;
      Map<String, String> before = DatabaseFingerprint.take(dataSource);
      long printedBefore = Sql.count(dataSource, "select count(*) from printed_form");
      boolean changedOnPurpose = false;
      for (int i = 0; i < INPUTS; i++) {
        HttpRequest request = request(op, inputs, random, components);
        String sent =
            cut(
                    request.uri().getRawPath()
                        + (request.uri().getRawQuery() == null
                            ? ""
                            : "?" + request.uri().getRawQuery()))
                + " "
                + cut(lastBody);
        String cheapBefore = "POST".equals(op.method()) ? cheap() : null;
        String outside = refusedInFrontOfTheApplication(request);
        HttpResponse<String> r;
        try {
          r = send(request);
        } catch (java.io.IOException e) {
          if (LONG_REQUEST_LINE.equals(outside)) {
            transport++; // the HTTP layer may close the connection on a request line over its limit
            continue;
          }
          problems.add(op.name() + " #" + i + ": no answer (" + e + ") to " + sent);
          failed++;
          continue;
        }
        int status = r.statusCode();
        String body = r.body() == null ? "" : r.body();
        if (status >= 500) {
          failed++;
          problems.add(op.name() + " #" + i + ": " + status + " " + cut(body) + " to " + sent);
          continue;
        }
        if (STACK_TRACE.matcher(body).find() && !op.printsOrDownloads()) {
          problems.add(op.name() + " #" + i + ": stack trace in " + cut(body));
        }
        if (outside != null) {
          // never reaches the application: the server's bare 400 or 404 (or 414, 431), not a
          // sentence of ours, and nothing changed
          transport++;
          if (status != 400 && status != 404 && status != 414 && status != 431) {
            problems.add(
                op.name()
                    + " #"
                    + i
                    + ": "
                    + outside
                    + ", yet the answer was "
                    + status
                    + " to "
                    + sent);
          }
          if (cheapBefore != null && !cheapBefore.equals(cheap())) {
            problems.add(op.name() + " #" + i + ": " + outside + ", but the database changed");
          }
        } else if (status >= 400) {
          refused++;
          String unclear = unclear(r, request.uri() + " " + lastBody);
          if (unclear != null) {
            problems.add(op.name() + " #" + i + ": " + status + " " + unclear + " to " + sent);
          }
          if (cheapBefore != null && !cheapBefore.equals(cheap())) {
            problems.add(
                op.name() + " #" + i + ": refused (" + status + ") but the database changed");
          }
        } else {
          ok++;
          if (op.printsOrDownloads()) {
            printed++;
          } else if ("POST".equals(op.method())) {
            changedOnPurpose = true;
          }
        }
        if (problems.size() > 60) {
          break;
        }
      }
      if (!changedOnPurpose) {
        List<String> differ =
            DatabaseFingerprint.changed(before, DatabaseFingerprint.take(dataSource));
        differ.remove("printed_form");
        long newForms = Sql.count(dataSource, "select count(*) from printed_form") - printedBefore;
        if (!differ.isEmpty() || newForms > printed) {
          problems.add(
              op.name()
                  + ": nothing was accepted, yet these tables changed: "
                  + differ
                  + (newForms > printed ? " and " + newForms + " forms were registered" : ""));
        }
      }
      total += INPUTS;
      report.append(
          String.format(
              "%-62s %7d %5d %5d %5d %5d %6.1f%n",
              op.name(), INPUTS, ok, refused, transport, failed, (System.nanoTime() - t0) / 1e9));
      if (problems.size() > 60) {
        break;
      }
    }
    log.close();
    log.severe().forEach(line -> report.append("server log: ").append(line).append('\n'));
    for (String line : log.identityNumbers()) {
      problems.add("a full identity number in the server's log: " + line);
    }
    report.append(String.format("%d log lines read for identity numbers%n", log.size()));
    report.append(
        String.format(
            "%d operations, %d hostile inputs in %.0f s, %d problems%n",
            operations.size(), total, (System.nanoTime() - started) / 1e9, problems.size()));
    problems.forEach(p -> report.append(p).append('\n'));
    // the server runs in the module's folder: the report lands beside the test reports
    java.nio.file.Path file = java.nio.file.Path.of("target", "reliability", "api-fuzz.txt");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, report);
    System.out.println(report);
    assertThat(problems).as(file.toAbsolutePath().toString()).isEmpty();
  }

  private HttpRequest request(
      Operation op, HostileInputs inputs, Random random, Map<String, JsonObject> components)
      throws Exception {
    String path = op.path();
    for (String p : op.pathParams()) {
      String value = inputs.valueFor(p, random.nextInt(10) < 4);
      path = path.replace("{" + p + "}", encode(value.isEmpty() ? " " : value));
    }
    StringJoiner query = new StringJoiner("&");
    for (String q : op.queryParams()) {
      int roll = random.nextInt(10);
      if (roll < 3) {
        continue;
      }
      query.add(q + "=" + encode(inputs.valueFor(q, roll < 6)));
    }
    if (random.nextInt(6) == 0) {
      query.add(encode(inputs.hostile()) + "=" + encode(inputs.hostile()));
    }
    String address = path.substring(1) + (query.length() == 0 ? "" : "?" + query);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.toURI().resolve(address))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", random.nextInt(4) == 0 ? "en" : "zh-CN");
    String user = user(op, random);
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
    }
    if (op.idempotencyKey() && random.nextBoolean()) {
      String key =
          random.nextInt(4) == 0
              ? inputs.hostile().replaceAll("[^\\x21-\\x7e]", "")
              : UUID.randomUUID().toString();
      if (!key.isEmpty()) {
        b.header("Idempotency-Key", key.length() > 4000 ? key.substring(0, 4000) : key);
      }
    }
    if ("GET".equals(op.method())) {
      lastBody = "";
      return b.GET().build();
    }
    String contentType = "application/json";
    String body;
    int roll = random.nextInt(20);
    if (op.body() == null && roll < 14) {
      body = "";
    } else if (roll < 14) {
      body = inputs.body(op.body(), components, 0).toString();
    } else if (roll < 17) {
      body = inputs.wrong(null).toString();
    } else if (roll < 19) {
      body = inputs.brokenText();
    } else {
      body = "a=1&b=" + encode(inputs.hostile());
      contentType =
          inputs.pick(
              List.of("text/plain", "application/x-www-form-urlencoded", "application/xml"));
    }
    lastBody = body;
    return b.header("Content-Type", contentType)
        .method(op.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /**
   * Sends; a connection the server closed while the client was still writing a large body (the
   * server answered early, before reading it) is tried once more, as any client would.
   */
  private static HttpResponse<String> send(HttpRequest request)
      throws java.io.IOException, InterruptedException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Mostly a user who may do the operation, so the input reaches the service; now and then anyone.
   */
  private static String user(Operation op, Random random) {
    if (op.path().startsWith("/api/public/")) {
      return random.nextInt(5) == 0 ? "clerk.dongzhuang" : null;
    }
    int roll = random.nextInt(20);
    if (roll == 0) {
      return null;
    }
    if (roll < 4) {
      return EVERYONE.get(random.nextInt(EVERYONE.size()));
    }
    String p = op.path();
    List<String> deep;
    if (p.startsWith("/api/persons")) {
      deep = List.of("clerk.dongzhuang", "head.dongzhuang");
    } else if (p.startsWith("/api/household-changes")) {
      deep =
          p.contains("decisions")
              ? List.of("head.dongzhuang", "approver.xiuyu")
              : List.of("clerk.dongzhuang", "head.dongzhuang");
    } else if (p.startsWith("/api/bundle-tasks")) {
      deep = List.of("officer.health", "officer.medins");
    } else if (p.startsWith("/api/bundle")) {
      deep = p.contains("overdue") ? List.of("supervisor.xiuyu") : List.of("hall.xiuyu");
    } else if (p.startsWith("/api/disputes")) {
      deep =
          "POST".equals(op.method()) && !p.contains("{caseNo}")
              ? List.of("police.dongzhuang")
              : List.of(
                  "police.dongzhuang",
                  "mediator.dongqin",
                  "mediator.dongzhuang",
                  "supervisor.justice");
    } else if (p.startsWith("/api/mediation")) {
      deep =
          p.contains("types") || p.contains("proposal")
              ? List.of("police.dongzhuang")
              : List.of("supervisor.justice", "admin");
    } else if (p.startsWith("/api/notifications")) {
      deep = List.of("officer.medins", "officer.pension");
    } else {
      deep = List.of("admin");
    }
    return deep.get(random.nextInt(deep.size()));
  }

  /**
   * Why the HTTP layer in front of the application refuses the request, judged from the request
   * alone; null when it goes to the application (whose answer the application's rules then judge).
   * The server refuses a request line over {@value #REQUEST_LINE_LIMIT} characters and an encoded
   * NUL or backslash in the path, and a path that, decoded and normalised, climbs above the context
   * root belongs to no application.
   */
  private String refusedInFrontOfTheApplication(HttpRequest request) {
    java.net.URI uri = request.uri();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if ((request.method() + " " + target + " HTTP/1.1").length() > REQUEST_LINE_LIMIT) {
      return LONG_REQUEST_LINE;
    }
    String path = uri.getRawPath().toUpperCase(java.util.Locale.ROOT);
    if (path.contains("%00")) {
      return "an encoded NUL in the path";
    }
    if (path.contains("%5C")) {
      return "an encoded backslash in the path";
    }
    if (climbsAboveTheContextRoot(uri.getRawPath())) {
      return "a ../ above the context root";
    }
    return null;
  }

  /** The server's limit on a request line (Grizzly's header buffer). */
  private static final int REQUEST_LINE_LIMIT = 8192;

  private static final String LONG_REQUEST_LINE = "a request line over the limit";

  /** Whether the path, decoded and with its dot segments resolved, lies outside the context. */
  private boolean climbsAboveTheContextRoot(String rawPath) {
    String decoded =
        java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    java.util.Deque<String> segments = new java.util.ArrayDeque<>();
    for (String segment : decoded.split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return true; // above the server's root
        }
        segments.removeLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    List<String> root =
        java.util.Arrays.stream(base.getPath().split("/")).filter(x -> !x.isEmpty()).toList();
    List<String> normalised = new ArrayList<>(segments);
    return normalised.size() < root.size() || !normalised.subList(0, root.size()).equals(root);
  }

  /** Why a refusal does not tell the user what was wrong, or null when it does. */
  private static String unclear(HttpResponse<String> r, String sent) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/html")
        && (r.body().contains("没有找到所请求的内容") || r.body().contains("您没有权限"))) {
      // a path that, decoded, left /api: the application's own error page says it
      return null;
    }
    if (!type.contains("json")) {
      return "refusal without a problem body: " + type + " " + cut(r.body());
    }
    JsonObject problem;
    try {
      problem = Json.createReader(new StringReader(r.body())).readObject();
    } catch (RuntimeException e) {
      return "unreadable problem body " + cut(r.body());
    }
    String detail = problem.getString("detail", "");
    String code = problem.getString("code", "");
    if (detail.isBlank() || code.isBlank() || code.equals(detail)) {
      return "no sentence: " + cut(r.body());
    }
    boolean echoesNull = detail.contains("“null”") || detail.contains("\"null\"");
    if ("error.title".equals(code) || (echoesNull && !sent.contains("null"))) {
      return "says nothing useful: " + cut(r.body());
    }
    return null;
  }

  private String cheapQuery;
  private String lastBody = "";

  /** Counts and versions of every table: cheap enough to take around every request. */
  private String cheap() throws Exception {
    if (cheapQuery == null) {
      cheapQuery = DatabaseFingerprint.cheapQuery(dataSource);
    }
    StringBuilder all = new StringBuilder();
    try (var c = dataSource.getConnection();
        var s = c.createStatement();
        var rs = s.executeQuery(cheapQuery)) {
      rs.next();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        all.append(rs.getString(i)).append(',');
      }
    }
    return all.toString();
  }

  /** Real identifiers from the database, by the parameter and field names that take them. */
  private Map<String, List<String>> seeds() throws Exception {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put(
        "residentId",
        Sql.column(dataSource, "select resident_id from person order by resident_id limit 30"));
    s.put("applicantResidentId", s.get("residentId"));
    s.put("q", List.of("林", "林海", "陈", s.get("residentId").get(0)));
    s.put(
        "ref",
        Sql.column(
            dataSource,
            "select acceptance_no from change_application where acceptance_no is not null limit 20"));
    s.put("acceptanceNo", s.get("ref"));
    s.put(
        "caseNo",
        Sql.column(dataSource, "select case_no from dispute_case order by case_no limit 20"));
    s.put(
        "trackingNo",
        Sql.column(dataSource, "select tracking_no from bundle_application limit 20"));
    s.put("id", Sql.column(dataSource, "select cast(id as varchar(36)) from bundle_task limit 20"));
    s.put("code", Sql.column(dataSource, "select distinct bundle_code from bundle_version"));
    s.put("item", Sql.column(dataSource, "select distinct item_code from bundle_item"));
    s.put("reference", Sql.column(dataSource, "select reference from printed_form limit 20"));
    s.put("type", Sql.column(dataSource, "select code from dispute_type"));
    s.put(
        "place",
        Sql.column(dataSource, "select code from division where level = 'VILLAGE' limit 20"));
    s.put("bodyId", Sql.column(dataSource, "select organisation_id from mediation_body limit 20"));
    s.put(
        "form",
        List.of(
            "application",
            "receipt",
            "refusal",
            "supplement",
            "extract",
            "agreement",
            "handover",
            "referral",
            "notice",
            "completion"));
    s.put("month", List.of("2026-11", "2026-01", "2025-12"));
    s.put("from", List.of("2026-01-01", "2025-06-30"));
    s.put("to", List.of("2026-11-30", "2026-12-31"));
    s.put("open", List.of("true", "false"));
    s.put("idTail", List.of("1234", "001X"));
    s.put("applicantRelation", List.of("SELF", "HEAD_OF_HOUSEHOLD", "GUARDIAN"));
    s.put("result", List.of("AGREED", "FAILED", "CONTINUE", "SATISFIED"));
    s.values().removeIf(List::isEmpty);
    return s;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String cut(String body) {
    String b = body == null ? "" : body.replaceAll("\\s+", " ");
    return b.length() > 240 ? b.substring(0, 240) + "…" : b;
  }
}
