package cn.yicibang.web.printing;

import cn.yicibang.ejb.printing.PrintedDocument;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A printed form as an HTTP answer or a page download. */
public final class Pdfs {

  private Pdfs() {}

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
