package cn.yicibang.reports.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;
import org.junit.jupiter.api.Test;

class BarcodesTest {

  @Test
  void qrCodeDrawnIntoAWideBoxStaysSquareAndScans() throws Exception {
    String content = "https://yicibang.example.cn/verify?ref=HY-350305-2024-000137";
    // a box wider than high: the modules must stay square for the code to scan
    BufferedImage image = draw(Barcodes.qrCode(content), 420, 200);

    assertThat(decode(image, BarcodeFormat.QR_CODE)).isEqualTo(content);
  }

  @Test
  void qrCodeCarriesChineseContentAsUtf8() throws Exception {
    String content = "核验编号 HY-350305-2024-000137 林秀英";

    assertThat(decode(draw(Barcodes.qrCode(content), 300, 300), BarcodeFormat.QR_CODE))
        .isEqualTo(content);
  }

  @Test
  void code128StretchedToItsBoxScans() throws Exception {
    String content = "HY-350305-2024-000137";

    assertThat(decode(draw(Barcodes.code128(content), 600, 80), BarcodeFormat.CODE_128))
        .isEqualTo(content);
  }

  @Test
  void code128RefusesWhatItCannotCarry() {
    assertThatThrownBy(() -> Barcodes.code128("核验HY-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Barcodes.code128("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage draw(Renderable renderable, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
    ((Graphics2DRenderable) renderable)
        .render(
            DefaultJasperReportsContext.getInstance(),
            graphics,
            new Rectangle2D.Double(0, 0, width, height));
    graphics.dispose();
    return image;
  }

  private static String decode(BufferedImage image, BarcodeFormat format) throws Exception {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader()
        .decode(
            bitmap,
            Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true))
        .getText();
  }
}
