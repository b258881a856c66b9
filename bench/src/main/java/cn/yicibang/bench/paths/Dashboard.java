package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Latencies;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.PageClient;
import cn.yicibang.bench.load.Rest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The mediation supervisor's statistics at province scale: the figures over REST for this year and
 * for five years, and the dashboard page with its charts, as the district's supervisor.
 */
public final class Dashboard implements Bench.Benchmark {

  private static final String SUPERVISOR = "supervisor.justice";

  @Override
  public String name() {
    return "dashboard";
  }

  @Override
  public String describe() {
    return "mediation statistics (REST, this year and five years) and the dashboard page";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    long cases;
    try (Connection c = env.jdbc();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from dispute_case")) {
      rs.next();
      cases = rs.getLong(1);
    }
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    String fiveYears = "api/mediation/statistics?from=" + now.minusYears(5) + "&to=" + now;
    LinkedHashMap<String, IntFunction<Load.Operation>> loads = new LinkedHashMap<>();
    loads.put("REST this year", i -> rest(env, "api/mediation/statistics"));
    loads.put("REST five years", i -> rest(env, fiveYears));
    Latencies pageTimes = new Latencies();
    loads.put(
        "dashboard page",
        i -> {
          PageClient[] b = {null};
          return () -> {
            if (b[0] == null) {
              b[0] = new PageClient(env.base(), new Latencies());
              b[0].login(SUPERVISOR, Rest.DEMO_PASSWORD);
            }
            long t0 = System.nanoTime();
            String page = b[0].get("mediation/dashboard.xhtml");
            pageTimes.add(System.nanoTime() - t0);
            if (!page.contains("canvas")) {
              throw new IllegalStateException("no charts on the dashboard");
            }
          };
        });
    Map<String, Load.Result> r =
        Load.alternating(
            2,
            context.intOption("clients", 2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(Math.max(5, context.seconds() / 2)),
            loads);
    Report report = new Report(name()).setup("residents", context.size()).setup("cases", cases);
    for (var e : r.entrySet()) {
      Load.Result x = e.getValue();
      report.line(
          new Report.Line(
              "mediation statistics, " + e.getKey() + ", " + Lookup.size(cases) + " cases",
              "p95",
              x.latencies().p95Ms(),
              "ms",
              "—",
              Double.NaN,
              "≤ 100 ms",
              x.latencies().p95Ms() <= 100 && x.errors() == 0));
    }
    report.results(r);
    return report;
  }

  private static Load.Operation rest(Environment env, String path) {
    Rest rest = new Rest(env.base(), SUPERVISOR);
    return () -> {
      String body = Rest.expect(rest.get(path), 200);
      if (!body.contains("\"byTown\"")) {
        throw new IllegalStateException("no figures: " + body);
      }
    };
  }
}
