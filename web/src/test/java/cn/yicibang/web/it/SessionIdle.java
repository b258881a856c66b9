package cn.yicibang.web.it;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Test-only window on a session's idle limit, deployed with the tests and never in the product:
 * every answer to a request that came with a session tells that session's limit in {@value #LIMIT},
 * and a request with {@value #SHORTEN} sets its session's limit to that many seconds, so a test can
 * see the configured 30 minutes and then watch a session run out without waiting them.
 */
@WebFilter(urlPatterns = "/*")
public class SessionIdle implements Filter {

  static final String LIMIT = "X-Test-Session-Idle-Limit";
  static final String SHORTEN = "X-Test-Session-Idle-Shorten";
  static final String SHORTEN_PARAMETER = "testSessionIdle";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer) {
      HttpSession session = http.getSession(false);
      if (session != null) {
        String shorten = http.getHeader(SHORTEN);
        String query = http.getQueryString();
        if (shorten == null && query != null) {
          for (String pair : query.split("&")) {
            if (pair.startsWith(SHORTEN_PARAMETER + "=")) {
              shorten = pair.substring(SHORTEN_PARAMETER.length() + 1);
            }
          }
        }
        if (shorten != null) {
          session.setMaxInactiveInterval(Integer.parseInt(shorten));
        }
        answer.setHeader(LIMIT, Integer.toString(session.getMaxInactiveInterval()));
      }
    }
    chain.doFilter(request, response);
  }
}
