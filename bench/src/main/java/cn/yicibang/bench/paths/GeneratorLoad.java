package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.data.Generator;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The generator's load of N residents (households and persons) against PostgreSQL's COPY of the
 * very same rows: both into empty tables shaped like the register's (same keys, indexes and foreign
 * keys), one after the other in the same run. The rows the generator wrote are copied out to files
 * first, so COPY reads exactly them.
 */
public final class GeneratorLoad implements Bench.Benchmark {

  @Override
  public String name() {
    return "generator";
  }

  @Override
  public String describe() {
    return "generator load of N residents vs PostgreSQL COPY of the same rows (target ≤ 3×)";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    Environment env = context.env();
    env.app();
    long n = context.size();
    Path dir = env.target().resolve("copy");
    Files.createDirectories(dir);
    Report report = new Report(name()).setup("residents", n);
    try (Connection c = env.jdbc()) {
      Generator g = new Generator(c);
      g.ensureSyntheticUnitsFor(n);
      shape(c, "bench_gen");
      Generator.Loaded generated =
          g.loadResidentsInto(new Generator.Tables("bench_gen_household", "bench_gen_person"), n);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long bytes = 0;
      for (String t : new String[] {"household", "person"}) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(t + ".txt"))) {
          copy.copyOut("copy bench_gen_" + t + " to stdout", out);
        }
        bytes += Files.size(dir.resolve(t + ".txt"));
      }
      c.commit();
      shape(c, "bench_copy");
      long t0 = System.nanoTime();
      long rows = 0;
      for (String t : new String[] {"household", "person"}) {
        try (InputStream in = Files.newInputStream(dir.resolve(t + ".txt"))) {
          rows += copy.copyIn("copy bench_copy_" + t + " from stdin", in);
        }
      }
      c.commit();
      double copySeconds = (System.nanoTime() - t0) / 1e9;
      long generatedRows = generated.households() + generated.persons();
      if (rows != generatedRows) {
        throw new IllegalStateException("COPY read " + rows + " rows, generated " + generatedRows);
      }
      report
          .setup("households", generated.households())
          .setup("rows", rows)
          .setup("megabytes", Math.round(bytes / 1e6));
      report.line(
          new Report.Line(
              "generator load of " + Lookup.size(n) + " residents",
              "wall time",
              generated.seconds(),
              "s",
              "COPY of the same rows",
              copySeconds,
              "≤ 3 × COPY",
              generated.seconds() <= 3 * copySeconds));
      report.note(
          String.format(
              Locale.ROOT,
              "generator %.0f rows/s, COPY %.0f rows/s (%d households, %d persons)",
              generatedRows / generated.seconds(),
              rows / copySeconds,
              generated.households(),
              generated.persons()));
      drop(c, "bench_gen");
      drop(c, "bench_copy");
      for (String t : new String[] {"household", "person"}) {
        Files.deleteIfExists(dir.resolve(t + ".txt"));
      }
    }
    return report;
  }

  /** Empty tables like the register's, with its keys, indexes and foreign keys. */
  private static void shape(Connection c, String prefix) throws Exception {
    drop(c, prefix);
    try (Statement s = c.createStatement()) {
      s.execute("create table " + prefix + "_household (like household including all)");
      s.execute("create table " + prefix + "_person (like person including all)");
      s.execute(
          "alter table "
              + prefix
              + "_household add foreign key (division_code) references division (code)");
      s.execute(
          "alter table "
              + prefix
              + "_person add foreign key (household_id) references "
              + prefix
              + "_household (id), add foreign key (ethnicity_code) references ethnicity (code)");
    }
    c.commit();
  }

  private static void drop(Connection c, String prefix) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("drop table if exists " + prefix + "_person, " + prefix + "_household");
    }
    c.commit();
  }
}
