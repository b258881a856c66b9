package cn.yicibang.web.printing;

import cn.yicibang.ejb.printing.PrintedDocument;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A printed form as an HTTP answer or a page download. */
public final class Pdfs {

  /**
   * The language of an official form: Chinese, whatever the language of the page that prints it (an
   * English copy is a courtesy, printed only where a button or a request asks for one).
   */
  public static final java.util.Locale OFFICIAL = java.util.Locale.SIMPLIFIED_CHINESE;

  private Pdfs() {}

  /** The language a request for a form asks for: Chinese, or English for {@code copy=en}. */
  public static java.util.Locale language(String copy) {
    return "en".equalsIgnoreCase(copy) ? java.util.Locale.ENGLISH : OFFICIAL;
  }

  public static Response inline(PrintedDocument document) {
    return Response.ok(document.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"")
        .build();
  }

  public static StreamedContent download(PrintedDocument document) {
    byte[] bytes = document.pdf();
    return DefaultStreamedContent.builder()
        .name(document.fileName())
        .contentType("application/pdf")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
