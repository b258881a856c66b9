package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.jmh.ReceiptRendering;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The form engine measured alone with JMH (forked JVM, warm-up iterations), one thread and two: a
 * check on the in-process limit that the print benchmark measures with its own load driver.
 */
public final class Rendering implements Bench.Benchmark {

  @Override
  public String name() {
    return "render";
  }

  @Override
  public String describe() {
    return "the receipt filled and exported in-process, under JMH, 1 and 2 threads";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    Report report = new Report(name()).setup("form", "household change receipt");
    for (int threads : new int[] {1, 2}) {
      RunResult r =
          new Runner(
                  new OptionsBuilder()
                      .include(ReceiptRendering.class.getName())
                      .forks(1)
                      .threads(threads)
                      .warmupIterations(3)
                      .warmupTime(TimeValue.seconds(3))
                      .measurementIterations(5)
                      .measurementTime(TimeValue.seconds(3))
                      .timeUnit(TimeUnit.SECONDS)
                      .jvmArgsAppend("-Djava.awt.headless=true", "-Xmx1g")
                      .build())
              .runSingle();
      double perSecond = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      report.line(
          new Report.Line(
              "receipt fill + export in-process, " + threads + " thread" + (threads > 1 ? "s" : ""),
              "forms/s",
              perSecond,
              "1/s",
              "—",
              Double.NaN,
              "(the print limit)",
              true));
      report.note(
          String.format(
              Locale.ROOT,
              "%d thread(s): %.1f ± %.1f forms/s (99.9%% interval), %.1f ms a form",
              threads,
              perSecond,
              error,
              1000.0 * threads / perSecond));
    }
    return report;
  }
}
