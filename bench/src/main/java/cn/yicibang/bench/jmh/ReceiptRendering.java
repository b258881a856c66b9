package cn.yicibang.bench.jmh;

import cn.yicibang.bench.paths.Printing;
import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.FormRenderer;
import cn.yicibang.reports.printing.OfficialForm;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The form engine alone, under JMH: the household-change receipt (one page, a QR code and a Code
 * 128) filled and exported to PDF from the compiled template, with the data the print benchmark
 * renders in-process.
 */
@State(Scope.Benchmark)
public class ReceiptRendering {

  private FormRenderer renderer;
  private FormData data;

  @Setup
  public void setUp() {
    System.setProperty("java.awt.headless", "true");
    renderer = new FormRenderer();
    renderer.warmUp();
    data =
        Printing.receipt(
            new Printing.Case(
                "0",
                "350305101-2026-000123",
                "东庄派出所",
                "林志华",
                "350305199303150313",
                "2026-12-01",
                "2026-12-15",
                "渔民",
                "教师"));
  }

  @Benchmark
  public byte[] receipt() {
    return renderer.renderPdf(OfficialForm.CHANGE_RECEIPT, data, Locale.SIMPLIFIED_CHINESE);
  }
}
