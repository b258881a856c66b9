package cn.yicibang.bench.jmh;

import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.FormRenderer;
import cn.yicibang.reports.printing.OfficialForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The form engine alone, under JMH: the household-change receipt (one page, a QR code and a Code
 * 128) filled and exported to PDF from the compiled template, with the data the counter prints.
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
    Map<String, String> row = new LinkedHashMap<>();
    row.put("item", "职业");
    row.put("newValue", "教师");
    String status = "http://127.0.0.1:8080/public/status.xhtml?no=350305101-2026-000123";
    data =
        FormData.create()
            .field("acceptanceNo", "350305101-2026-000123")
            .field("station", "东庄派出所")
            .field("acceptedOn", "2026年12月01日")
            .field("name", "林志华")
            .field("maskedResidentId", "3503**********0313")
            .field("applicantName", "林志华")
            .field("dueOn", "2026年12月15日")
            .field("clerk", "林晓燕")
            .field("statusHint", "扫描二维码或登录 " + status + " 查询办理进度。")
            .rows(List.of(row))
            .qrCode("verificationQrCode", status)
            .code128("verificationCode128", "350305101-2026-000123");
  }

  @Benchmark
  public byte[] receipt() {
    return renderer.renderPdf(OfficialForm.CHANGE_RECEIPT, data, Locale.SIMPLIFIED_CHINESE);
  }
}
