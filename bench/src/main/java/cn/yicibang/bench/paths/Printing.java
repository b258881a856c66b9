package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Dataset;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.Rest;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.FormRenderer;
import cn.yicibang.reports.printing.OfficialForm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Printing a one-page form (the acceptance receipt of a household change) over HTTP, as the
 * counter's print button does, against filling and exporting the same compiled template in this
 * process with the same data: the form engine's own limit, measured with the same number of threads
 * in the same run.
 */
public final class Printing implements Bench.Benchmark {

  /** An accepted application and what its receipt shows. */
  public record Case(
      String id,
      String acceptanceNo,
      String station,
      String name,
      String residentId,
      String acceptedOn,
      String dueOn,
      String oldValue,
      String newValue) {}

  @Override
  public String name() {
    return "print";
  }

  @Override
  public String describe() {
    return "one-page form over HTTP vs in-process fill + export of the same template";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    int clients = context.intOption("clients", 2);
    String station = "PS-DONGZHUANG";
    List<Case> cases = cases(env, station);
    FormRenderer renderer = new FormRenderer();
    renderer.warmUp();
    String clerk = Dataset.clerk(station, 0);

    LinkedHashMap<String, IntFunction<Load.Operation>> loads = new LinkedHashMap<>();
    loads.put(
        "in-process fill + export",
        i -> {
          int[] next = {i * 13};
          return () -> {
            byte[] pdf =
                renderer.renderPdf(
                    OfficialForm.CHANGE_RECEIPT,
                    receipt(cases.get(next[0]++ % cases.size())),
                    Locale.SIMPLIFIED_CHINESE);
            requirePdf(pdf);
          };
        });
    loads.put(
        "HTTP print",
        i -> {
          Rest rest = new Rest(env.base(), clerk);
          int[] next = {i * 13};
          return () -> {
            Case c = cases.get(next[0]++ % cases.size());
            requirePdf(
                Rest.expect(
                    rest.bytes("api/household-changes/" + c.id() + "/forms/receipt.pdf"), 200));
          };
        });
    Map<String, Load.Result> r =
        Load.alternating(
            2,
            clients,
            Duration.ofSeconds(5),
            Duration.ofSeconds(Math.max(5, context.seconds() / 2)),
            loads);
    Load.Result local = r.get("in-process fill + export");
    Load.Result http = r.get("HTTP print");
    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("clients", clients)
            .setup("form", "household change receipt (one page, QR + Code 128)");
    report.line(
        new Report.Line(
            "print a one-page form over HTTP",
            "forms/s",
            http.perSecond(),
            "1/s",
            "in-process fill + export",
            local.perSecond(),
            "≥ 0.8 × in-process",
            http.perSecond() >= 0.8 * local.perSecond() && http.errors() == 0));
    report.line(
        new Report.Line(
            "print a one-page form over HTTP",
            "p50",
            http.latencies().medianMs(),
            "ms",
            "in-process p50",
            local.latencies().medianMs(),
            "p50 ≤ 25 ms",
            http.latencies().medianMs() <= 25));
    report.results(r);
    return report;
  }

  private static void requirePdf(byte[] pdf) {
    if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
      throw new IllegalStateException("not a PDF: " + pdf.length + " bytes");
    }
  }

  /** The receipt's data as the application fills it for this case. */
  public static FormData receipt(Case c) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("item", "职业");
    row.put("newValue", c.newValue());
    String status = "http://127.0.0.1:18080/public/status.xhtml?no=" + c.acceptanceNo();
    return FormData.create()
        .field("acceptanceNo", c.acceptanceNo())
        .field("station", c.station())
        .field("acceptedOn", c.acceptedOn())
        .field("name", c.name())
        .field("maskedResidentId", ResidentId.of(c.residentId()).masked())
        .field("applicantName", c.name())
        .field("dueOn", c.dueOn())
        .field("clerk", "测试员1")
        .field("statusHint", "扫描二维码或登录 " + status + " 查询办理进度。")
        .rows(List.of(row))
        .qrCode("verificationQrCode", status)
        .code128("verificationCode128", c.acceptanceNo());
  }

  /** Up to 500 accepted applications of the station whose names the form font can print. */
  static List<Case> cases(Environment env, String station) throws Exception {
    List<Case> cases = new ArrayList<>();
    try (Connection c = env.jdbc();
        PreparedStatement s =
            c.prepareStatement(
                "select a.id, a.acceptance_no, o.name_zh, p.name, p.resident_id, a.accepted_at,"
                    + " a.due_on, i.old_value, i.new_value from change_application a join person"
                    + " p on p.id = a.person_id join organisation o on o.id = a.station_id join"
                    + " change_application_item i on i.application_id = a.id where a.station_id"
                    + " = ? and a.acceptance_no like 'HIST-%' order by a.acceptance_no limit"
                    + " 500")) {
      s.setString(1, station);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(4);
          if (name.codePoints().anyMatch(cp -> cp > 0xFFFF)) {
            continue; // the form refuses what its font cannot print; not what is measured here
          }
          cases.add(
              new Case(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  name,
                  rs.getString(5),
                  rs.getTimestamp(6).toLocalDateTime().toLocalDate().toString(),
                  rs.getDate(7).toString(),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException("no accepted applications at " + station);
    }
    return cases;
  }
}
