package cn.yicibang.web.security;

import cn.yicibang.web.api.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

  static void write(HttpServletResponse response, int status, String messageKey)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    Problem problem = Problem.of(status, messageKey, Locale.SIMPLIFIED_CHINESE);
    response.getWriter().write(JSON.toJson(problem));
  }
}
