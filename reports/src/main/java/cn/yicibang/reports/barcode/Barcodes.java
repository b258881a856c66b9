package cn.yicibang.reports.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.renderers.Renderable;

/** Builds the vector images that an image element of a form template shows. */
public final class Barcodes {

  /**
   * M recovers from ~15 % damage, enough for a folded or stamped paper form, while keeping a
   * verification URL at a module size that still scans from a 110 pt square.
   */
  private static final ErrorCorrectionLevel QR_ERROR_CORRECTION = ErrorCorrectionLevel.M;

  private Barcodes() {}

  /**
   * A QR code of {@code content} with its 4-module quiet zone, drawn with square modules and
   * centred in the image element.
   */
  public static Renderable qrCode(String content) {
    Objects.requireNonNull(content, "content");
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, QR_ERROR_CORRECTION);
    if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(content)) {
      // without the hint ZXing would encode in ISO-8859-1 and lose the characters
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    try {
      // size 0: ZXing returns one matrix cell per module, the renderer does the scaling
      BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
      return new ModuleMatrixRenderer(matrix, true);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as QR code: " + e.getMessage(), e);
    }
  }

  /**
   * A Code128 barcode of {@code content} (printable ASCII only) with its quiet zones, stretched to
   * fill the image element.
   *
   * @throws IllegalArgumentException if the content has characters Code128 cannot carry
   */
  public static Renderable code128(String content) {
    Objects.requireNonNull(content, "content");
    if (content.isEmpty() || !content.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException(
          "Code128 carries printable ASCII only, got \"" + content + "\"");
    }
    // height 1: a one-dimensional code is one row of modules, stretched vertically when drawn
    BitMatrix matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1);
    return new ModuleMatrixRenderer(matrix, false);
  }
}
