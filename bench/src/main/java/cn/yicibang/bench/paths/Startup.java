package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start-up on Payara Micro: the application (the WAR against the large register, migrations
 * checked, forms warmed up) until it serves its login page and reports healthy, against an empty
 * Payara Micro until it answers at all, in turns in the same run; medians of the rounds.
 */
public final class Startup implements Bench.Benchmark {

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String describe() {
    return "start-up of the application on Payara Micro vs an empty Payara Micro";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    int rounds = context.intOption("rounds", 3);
    env.stopApp(Environment.MAIN);
    env.stopApp(Environment.SMALL);
    List<Double> empty = new ArrayList<>();
    List<Double> app = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      empty.add(env.startApp(null, "micro-empty.log"));
      env.stopApp(null);
      app.add(env.startApp(Environment.MAIN, Environment.MAIN + ".log"));
      rss.add(env.appRssMib(Environment.MAIN));
      if (i < rounds - 1) {
        env.stopApp(Environment.MAIN);
      }
      System.out.printf(
          Locale.ROOT,
          "  round %d: empty %.1f s, application %.1f s (RSS %.0f MiB after start)%n",
          i + 1,
          empty.get(i),
          app.get(i),
          rss.get(i));
    }
    double e = median(empty);
    double a = median(app);
    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("rounds", rounds)
            .setup("heap", System.getProperty("bench.app.heap", "640m"));
    report.line(
        new Report.Line(
            "start-up on Payara Micro",
            "median",
            a,
            "s",
            "empty Payara Micro",
            e,
            "≤ 2 × empty",
            a <= 2 * e));
    report.note("application start-ups (s): " + app + "; empty: " + empty);
    report.note("RSS right after start-up (MiB): " + rss);
    return report;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
