package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Dataset;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.Rest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finding a resident at the counter: by identity number and by name (full name or the first
 * characters), over REST as a clerk of a station, against the same lookup run directly in SQL over
 * JDBC in the same run; and the identity lookup on a small register beside the large one, to show
 * it does not slow down as the register grows.
 */
public final class Lookup implements Bench.Benchmark {

  /** The clerk at the counter: a station's clerk, with residents registered in its jurisdiction. */
  record Counter(String station, String clerk, List<String[]> residents) {}

  @Override
  public String name() {
    return "lookup";
  }

  @Override
  public String describe() {
    return "identity-number lookup and name search over REST vs the same SQL over JDBC,"
        + " at N and at 10 k";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    long small = Dataset.ensureSmall(context);
    Environment env = context.env();
    int clients = context.intOption("clients", 2);
    List<Counter> large = counters(env, Environment.MAIN);
    List<Counter> smallCounters = counters(env, Environment.SMALL);
    Duration warm = Duration.ofSeconds(3);
    Duration each = Duration.ofSeconds(Math.max(5, context.seconds() / 2));

    LinkedHashMap<String, IntFunction<Load.Operation>> loads = new LinkedHashMap<>();
    loads.put("id SQL " + size(context.size()), i -> sqlById(env, large.get(i % large.size())));
    loads.put("id REST " + size(context.size()), i -> restById(env, Environment.MAIN, large, i));
    loads.put(
        "id REST small " + size(small), i -> restById(env, Environment.SMALL, smallCounters, i));
    loads.put("name SQL " + size(context.size()), i -> sqlByName(env, large.get(i % large.size())));
    loads.put("name REST " + size(context.size()), i -> restByName(env, large, i));
    Map<String, Load.Result> r = Load.alternating(2, clients, warm, each, loads);

    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("small_residents", small)
            .setup("clients", clients)
            .setup("seconds_each", each.toSeconds() * 2);
    Load.Result idSql = r.get("id SQL " + size(context.size()));
    Load.Result idRest = r.get("id REST " + size(context.size()));
    Load.Result idSmall = r.get("id REST small " + size(small));
    Load.Result nameSql = r.get("name SQL " + size(context.size()));
    Load.Result nameRest = r.get("name REST " + size(context.size()));
    report.line(
        new Report.Line(
            "identity lookup REST, " + size(context.size()),
            "p95",
            idRest.latencies().p95Ms(),
            "ms",
            "bare indexed SQL p95",
            idSql.latencies().p95Ms(),
            "p95 ≤ 5 ms",
            idRest.latencies().p95Ms() <= 5 && idRest.errors() == 0));
    report.line(
        new Report.Line(
            "identity lookup REST, " + size(context.size()) + " vs " + size(small),
            "p95",
            idRest.latencies().p95Ms(),
            "ms",
            "own p95 at " + size(small),
            idSmall.latencies().p95Ms(),
            "≤ 1.5 × p95 at " + size(small),
            idRest.latencies().p95Ms() <= 1.5 * idSmall.latencies().p95Ms()));
    report.line(
        new Report.Line(
            "name search REST, " + size(context.size()),
            "p95",
            nameRest.latencies().p95Ms(),
            "ms",
            "same query in SQL p95",
            nameSql.latencies().p95Ms(),
            "p95 ≤ 50 ms",
            nameRest.latencies().p95Ms() <= 50 && nameRest.errors() == 0));
    report.results(r);
    return report;
  }

  static String size(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return n / 1_000_000 + " M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return n / 1_000 + " k";
    }
    return String.valueOf(n);
  }

  /** For every real station, a clerk and 300 generated residents registered in its jurisdiction. */
  static List<Counter> counters(Environment env, String database) throws SQLException {
    List<Counter> counters = new ArrayList<>();
    try (Connection c = env.jdbc(database)) {
      for (String station : Dataset.stations(c)) {
        List<String[]> residents = new ArrayList<>();
        try (PreparedStatement s =
            c.prepareStatement(
                "select p.resident_id, p.name from person p join household h on h.id ="
                    + " p.household_id where p.resident_id like '350322%'"
                    + JURISDICTION
                    + " order by md5(p.resident_id) limit 300")) {
          s.setString(1, station);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              residents.add(new String[] {rs.getString(1), rs.getString(2)});
            }
          }
        }
        if (!residents.isEmpty()) {
          counters.add(new Counter(station, Dataset.clerk(station, 0), residents));
        }
      }
    }
    if (counters.isEmpty()) {
      throw new IllegalStateException("no generated residents in any station's jurisdiction");
    }
    return counters;
  }

  private static Load.Operation restById(
      Environment env, String database, List<Counter> counters, int client) {
    Counter counter = counters.get(client % counters.size());
    Rest rest = new Rest(env.base(database), counter.clerk());
    int[] next = {client * 7};
    return () -> {
      String[] r = counter.residents().get(next[0]++ % counter.residents().size());
      String body = Rest.expect(rest.get("api/persons?q=" + r[0]), 200);
      if (!body.contains(r[1])) {
        throw new IllegalStateException("not found: " + r[0]);
      }
    };
  }

  private static Load.Operation restByName(Environment env, List<Counter> counters, int client) {
    Counter counter = counters.get(client % counters.size());
    Rest rest = new Rest(env.base(), counter.clerk());
    int[] next = {client * 7};
    return () -> {
      String[] r = counter.residents().get(next[0]++ % counter.residents().size());
      String q = query(r[1], next[0]);
      String body =
          Rest.expect(
              rest.get("api/persons?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), 200);
      if (!body.startsWith("[")) {
        throw new IllegalStateException("not a list: " + body);
      }
    };
  }

  /** Every other search is for the full name, the others for its first two characters. */
  static String query(String name, int n) {
    if (n % 2 == 0 || name.codePointCount(0, name.length()) < 3) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, 2));
  }

  /** The station (the next parameter) has the household's place in its jurisdiction. */
  static final String JURISDICTION =
      " and exists (select 1 from organisation_jurisdiction j where j.organisation_id = ? and"
          + " h.division_code like j.division_code || '%')";

  private static Load.Operation sqlById(Environment env, Counter counter) {
    return sql(
        env,
        counter,
        "select p.id, p.resident_id, p.name, p.sex, p.birth_date, p.address, h.household_no from"
            + " person p join household h on h.id = p.household_id where p.resident_id = ?"
            + JURISDICTION,
        false);
  }

  private static Load.Operation sqlByName(Environment env, Counter counter) {
    return sql(
        env,
        counter,
        "select p.id, p.resident_id, p.name, p.sex, p.birth_date, p.address, h.household_no from"
            + " person p join household h on h.id = p.household_id where p.name like ?"
            + JURISDICTION
            + " order by p.name, p.resident_id limit 50",
        true);
  }

  private static Load.Operation sql(Environment env, Counter counter, String sql, boolean byName) {
    try {
      Connection c = env.jdbc();
      PreparedStatement s = c.prepareStatement(sql);
      String station = counter.station();
      int[] next = {0};
      return () -> {
        String[] r = counter.residents().get(next[0]++ % counter.residents().size());
        s.setString(1, byName ? query(r[1], next[0]) + "%" : r[0]);
        s.setString(2, station);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("not found: " + r[0]);
          }
          while (rs.next()) {
            // read every row, as the service does
          }
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
