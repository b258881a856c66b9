package cn.yicibang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark: each measured line beside the limit it is measured against in the
 * same run, the ratio, the target and whether it was met. Printed as a table and written as JSON to
 * {@code bench/results/<benchmark>.json}.
 */
public final class Report {

  /** One measured line. {@code limit} is NaN where the target has no limit to compare with. */
  public record Line(
      String path,
      String measure,
      double figure,
      String unit,
      String limitName,
      double limit,
      String target,
      boolean met) {

    public double ratio() {
      return Double.isNaN(limit) || limit == 0 ? Double.NaN : figure / limit;
    }
  }

  private final String benchmark;
  private final Map<String, Object> setup = new LinkedHashMap<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private boolean failing;

  /** Marks a run whose checks found something wrong: the command then ends with status 1. */
  public Report failOnUnmet(boolean failing) {
    this.failing = failing;
    return this;
  }

  public boolean failing() {
    return failing;
  }

  public Report(String benchmark) {
    this.benchmark = benchmark;
  }

  public Report setup(String key, Object value) {
    setup.put(key, value);
    return this;
  }

  public Report line(Line line) {
    lines.add(line);
    return this;
  }

  public Report note(String note) {
    notes.add(note);
    System.out.println("  note: " + note);
    return this;
  }

  /** A note per load: rate, median, p95, p99, errors and the first error. */
  public Report results(Map<String, cn.yicibang.bench.load.Load.Result> loads) {
    for (var e : loads.entrySet()) {
      var x = e.getValue();
      note(
          String.format(
              Locale.ROOT,
              "%s: %.1f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d errors%s",
              e.getKey(),
              x.perSecond(),
              x.latencies().medianMs(),
              x.latencies().p95Ms(),
              x.latencies().percentileMs(99),
              x.errors(),
              x.firstErrors().isEmpty() ? "" : " (" + x.firstErrors().get(0) + ")"));
    }
    return this;
  }

  public List<Line> lines() {
    return lines;
  }

  public void print() {
    System.out.println();
    System.out.println("== " + benchmark + " " + setup);
    String format = "%-44s %-18s %12s %-6s %12s %8s  %-28s %s%n";
    System.out.printf(
        Locale.ROOT, format, "path", "measure", "figure", "unit", "limit", "ratio", "target", "");
    for (Line l : lines) {
      System.out.printf(
          Locale.ROOT,
          format,
          l.path(),
          l.measure(),
          number(l.figure()),
          l.unit(),
          Double.isNaN(l.limit()) ? "—" : number(l.limit()),
          Double.isNaN(l.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f", l.ratio()),
          l.target(),
          l.met() ? "met" : "MISSED");
    }
    for (String n : notes) {
      System.out.println("  note: " + n);
    }
  }

  /** Writes {@code <benchmark>.json}, or {@code <benchmark>-<tag>.json} for a variant run. */
  public Path write(Path resultsDir, String tag) throws IOException {
    Files.createDirectories(resultsDir);
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"benchmark\": ").append(quote(benchmark)).append(",\n");
    json.append("  \"date\": ")
        .append(
            quote(
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
        .append(",\n");
    json.append("  \"machine\": ").append(object(Machine.describe(), "  ")).append(",\n");
    json.append("  \"setup\": ").append(object(setup, "  ")).append(",\n");
    json.append("  \"lines\": [");
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", l.path());
      m.put("measure", l.measure());
      m.put("figure", l.figure());
      m.put("unit", l.unit());
      m.put("limit_name", l.limitName());
      m.put("limit", l.limit());
      m.put("ratio", l.ratio());
      m.put("target", l.target());
      m.put("met", l.met());
      json.append(i == 0 ? "\n    " : ",\n    ").append(object(m, "    "));
    }
    json.append("\n  ],\n  \"notes\": [");
    for (int i = 0; i < notes.size(); i++) {
      json.append(i == 0 ? "\n    " : ",\n    ").append(quote(notes.get(i)));
    }
    json.append("\n  ]\n}\n");
    Path file = resultsDir.resolve(benchmark + (tag == null ? "" : "-" + tag) + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    System.out.println("  figures written to " + file);
    return file;
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String object(Map<String, ?> m, String indent) {
    StringBuilder s = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, ?> e : m.entrySet()) {
      s.append(first ? "" : ", ")
          .append(quote(e.getKey()))
          .append(": ")
          .append(value(e.getValue()));
      first = false;
    }
    return s.append("}").toString();
  }

  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.4f", d);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return quote(v.toString());
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        default -> {
          if (c < 0x20) {
            q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
