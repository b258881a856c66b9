package cn.yicibang.web.security;

import cn.yicibang.web.api.Problem;
import cn.yicibang.web.i18n.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Problem-details answers written before JAX-RS is reached (authentication happens in front of it),
 * in the same shape as {@link cn.yicibang.web.api.ProblemMapper} writes.
 */
final class ProblemResponses {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ProblemResponses() {}

  /**
   * In the caller's language ({@link Messages#supported}): English when asked for first, Chinese
   * otherwise.
   */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String messageKey,
      Object... arguments)
      throws IOException {
    SecurityHeaders.apply(request, response);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    // without the header the servlet's locale is the server's own, not the caller's
    Locale language =
        Messages.supported(
            request.getHeader("Accept-Language") == null ? null : request.getLocale());
    Problem problem = Problem.of(status, messageKey, language, arguments);
    response.getWriter().write(JSON.toJson(problem));
  }
}
