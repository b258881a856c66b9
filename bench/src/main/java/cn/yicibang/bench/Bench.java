package cn.yicibang.bench;

import cn.yicibang.bench.paths.Acceptance;
import cn.yicibang.bench.paths.Dashboard;
import cn.yicibang.bench.paths.Delivery;
import cn.yicibang.bench.paths.GeneratorLoad;
import cn.yicibang.bench.paths.Lookup;
import cn.yicibang.bench.paths.Pages;
import cn.yicibang.bench.paths.Printing;
import cn.yicibang.bench.paths.Rendering;
import cn.yicibang.bench.paths.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmarks' command line: {@code bench/run <benchmark> [--size=N] [--seconds=S] [--keep]}.
 * Each benchmark prints a table and writes its figures to {@code bench/results/<name>.json}.
 */
public final class Bench {

  /** What a benchmark is given. */
  public record Context(Environment env, long size, int seconds, Map<String, String> options) {

    public Path results() {
      return env.root().resolve("bench/results");
    }

    public String option(String name, String otherwise) {
      return options.getOrDefault(name, otherwise);
    }

    public int intOption(String name, int otherwise) {
      return Integer.parseInt(option(name, String.valueOf(otherwise)));
    }

    /** The register at this context's size, with the history, figures rebuilt, statistics fresh. */
    public void data() throws Exception {
      Dataset.ensure(this);
    }
  }

  /** One benchmark. */
  public interface Benchmark {
    String name();

    String describe();

    Report run(Context context) throws Exception;
  }

  private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

  static {
    for (Benchmark b :
        List.of(
            new GeneratorLoad(),
            new Lookup(),
            new Printing(),
            new Rendering(),
            new Acceptance(),
            new Delivery(),
            new Dashboard(),
            new Pages(),
            new Startup(),
            new cn.yicibang.bench.faults.Failover(),
            new cn.yicibang.bench.faults.Outage(),
            new cn.yicibang.bench.faults.FlakyDepartment())) {
      BENCHMARKS.put(b.name(), b);
    }
  }

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !(BENCHMARKS.containsKey(args[0]) || isCommand(args[0]))) {
      usage();
      System.exit(args.length == 0 ? 0 : 2);
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        usage();
        System.exit(2);
      }
      int eq = a.indexOf('=');
      options.put(
          eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
    }
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    if (!Files.exists(root.resolve("bench/pom.xml"))) {
      throw new IllegalStateException("Run from the project's root (bench/run does)");
    }
    long size = parseSize(options.getOrDefault("size", "1m"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    boolean failing = false;
    try (Environment env = new Environment(root, options.containsKey("keep"))) {
      Context context = new Context(env, size, seconds, options);
      List<Benchmark> chosen = new ArrayList<>();
      switch (args[0]) {
        case "data" -> {
          context.data();
          return;
        }
        case "all" ->
            chosen.addAll(
                BENCHMARKS.values().stream()
                    .filter(b -> !(b instanceof cn.yicibang.bench.faults.FaultScript))
                    .toList());
        default -> chosen.add(BENCHMARKS.get(args[0]));
      }
      for (Benchmark b : chosen) {
        System.out.println();
        System.out.println("### " + b.name() + ": " + b.describe());
        Report report = b.run(context);
        report.print();
        // a short run never overwrites the figures of a full one
        report.write(
            context.results(),
            options.getOrDefault("tag", options.containsKey("short") ? "short" : null));
        failing |= report.failing();
      }
    }
    if (failing) {
      System.out.println("FAILED: a check found something wrong (see the lines above)");
      System.exit(1);
    }
  }

  private static boolean isCommand(String name) {
    return name.equals("data") || name.equals("all");
  }

  static long parseSize(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replace("_", "");
    long factor = 1;
    if (t.endsWith("k")) {
      factor = 1_000;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("m")) {
      factor = 1_000_000;
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * factor;
  }

  private static void usage() {
    System.out.println(
        "usage: bench/run <benchmark> [--size=1m] [--seconds=20] [--keep] [--tag=name]");
    System.out.println("  data        load the register to --size residents (and the history)");
    for (Benchmark b : BENCHMARKS.values()) {
      System.out.printf(Locale.ROOT, "  %-11s %s%n", b.name(), b.describe());
    }
    System.out.println("  all         every benchmark above, in this order");
  }
}
