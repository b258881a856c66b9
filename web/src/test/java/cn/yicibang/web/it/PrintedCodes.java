package cn.yicibang.web.it;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed form back as a phone or a counter scanner would: its QR code, its text. */
final class PrintedCodes {

  private PrintedCodes() {}

  /** What the QR code on the first page of the PDF says. */
  static String qr(byte[] pdf) throws IOException {
    return code(pdf, BarcodeFormat.QR_CODE);
  }

  /** What the bar code (Code 128) on the first page of the PDF says. */
  static String code128(byte[] pdf) throws IOException {
    return code(pdf, BarcodeFormat.CODE_128);
  }

  private static String code(byte[] pdf, BarcodeFormat format) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
      try {
        return new MultiFormatReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(
                    DecodeHintType.POSSIBLE_FORMATS,
                    List.of(format),
                    DecodeHintType.TRY_HARDER,
                    Boolean.TRUE))
            .getText();
      } catch (NotFoundException e) {
        throw new AssertionError("no " + format + " on the first page", e);
      }
    }
  }

  /** The text of the PDF, line by line as printed. */
  static List<String> lines(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
    }
  }
}
