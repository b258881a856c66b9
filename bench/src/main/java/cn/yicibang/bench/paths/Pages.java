package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Dataset;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Latencies;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.PageClient;
import cn.yicibang.bench.load.Rest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Clerks at the counter on the real PrimeFaces pages, each in its own session: open the register
 * lookup, search an identity number (AJAX), open the full record (AJAX), print the register extract
 * (PDF download), then start again with the next citizen. A clerk reads each page before the next
 * click (think time). Every page request is timed; the application's resident memory is read every
 * second meanwhile.
 */
public final class Pages implements Bench.Benchmark {

  public static final Pattern OPEN_BUTTON =
      Pattern.compile("id=\"(results:resultTable:0:[^\"]+)\"[^>]*open-person");
  public static final Pattern OPEN_BUTTON_CLASS_FIRST =
      Pattern.compile("open-person[^>]*id=\"(results:resultTable:0:[^\"]+)\"");

  @Override
  public String name() {
    return "pages";
  }

  @Override
  public String describe() {
    return "50 clerks on the real pages (look up, open, print) with think time; RSS under load";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    int clerks = context.intOption("clerks", 50);
    int thinkMs = context.intOption("think-ms", 1000);
    List<Lookup.Counter> counters = Lookup.counters(env, Environment.MAIN);
    Latencies pages = new Latencies();
    double[] rss = {0};
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> rss[0] = Math.max(rss[0], env.appRssMib(Environment.MAIN)), 0, 1, TimeUnit.SECONDS);
    long[] pdfs = {0};
    Load.Result r =
        Load.run(
            clerks,
            Duration.ofSeconds(10),
            Duration.ofSeconds(Math.max(30, context.seconds() * 2)),
            i -> clerk(env, counters, i, thinkMs, pages, pdfs));
    sampler.shutdownNow();
    double idleRss = env.appRssMib(Environment.MAIN);
    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("clerks", clerks)
            .setup("think_ms", thinkMs)
            .setup("iterations", r.operations());
    report.line(
        new Report.Line(
            clerks + " clerks on real pages (look up, open, print)",
            "page p95",
            pages.p95Ms(),
            "ms",
            "—",
            Double.NaN,
            "p95 ≤ 300 ms, zero errors",
            pages.p95Ms() <= 300 && r.errors() == 0));
    report.line(
        new Report.Line(
            "application memory under the clerks' load",
            "peak RSS",
            rss[0],
            "MiB",
            "—",
            Double.NaN,
            "≤ 1024 MiB",
            rss[0] > 0 && rss[0] <= 1024));
    report.note(
        String.format(
            Locale.ROOT,
            "%d page requests (%.1f/s), p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; %d rounds of"
                + " look up, open, print; %d errors %s; RSS after the load %.0f MiB",
            pages.count(),
            pages.count() / (r.seconds() + 10),
            pages.medianMs(),
            pages.p95Ms(),
            pages.percentileMs(99),
            r.operations(),
            r.errors(),
            r.firstErrors().isEmpty() ? "" : r.firstErrors().get(0),
            idleRss));
    return report;
  }

  private static Load.Operation clerk(
      Environment env,
      List<Lookup.Counter> counters,
      int i,
      int thinkMs,
      Latencies pages,
      long[] pdfs) {
    Lookup.Counter counter = counters.get(i % counters.size());
    String station = counter.station();
    String user = Dataset.clerk(station, (i / counters.size()) % Dataset.CLERKS_PER_STATION);
    // a name the form font cannot print is refused at printing, rightly; not what is measured
    List<String[]> residents =
        new ArrayList<>(
            counter.residents().stream()
                .filter(r -> r[1].codePoints().allMatch(cp -> cp <= 0xFFFF))
                .toList());
    int[] next = {i * 11};
    PageClient[] browser = {null};
    return () -> {
      if (browser[0] == null) {
        browser[0] = new PageClient(env.base(), pages);
        browser[0].login(user, Rest.DEMO_PASSWORD);
        think(thinkMs);
      }
      PageClient b = browser[0];
      String[] resident = residents.get(next[0]++ % residents.size());
      b.get("registry/lookup.xhtml");
      think(thinkMs);
      String found =
          b.ajax(
              "registry/lookup.xhtml",
              "search",
              "search:searchButton",
              "search",
              "results record",
              Map.of("search:query", resident[0]));
      String open;
      try {
        open = PageClient.find(found, OPEN_BUTTON);
      } catch (IllegalStateException e) {
        open = PageClient.find(found, OPEN_BUTTON_CLASS_FIRST);
      }
      think(thinkMs);
      String record = b.ajax("registry/lookup.xhtml", "results", open, open, "record", Map.of());
      if (!record.contains(resident[1])) {
        throw new IllegalStateException("record of " + resident[1] + " not shown");
      }
      think(thinkMs);
      byte[] pdf = b.download("registry/lookup.xhtml", "record", "record:printExtract");
      if (pdf.length < 1000 || pdf[0] != '%') {
        throw new IllegalStateException("the extract is not a PDF");
      }
      synchronized (pdfs) {
        pdfs[0]++;
      }
      think(thinkMs);
    };
  }

  private static void think(int ms) throws InterruptedException {
    if (ms > 0) {
      Thread.sleep(ms / 2 + (long) (Math.random() * ms));
    }
  }
}
