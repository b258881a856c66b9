package cn.yicibang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser's defences on every answer: nothing but this application's own scripts, styles and
 * images, never inside another site's frame, no content-type sniffing, no referrer to other sites,
 * nothing with personal data in a shared cache, and HTTPS remembered once used. On pages,
 * PrimeFaces adds a second policy that allows inline scripts only with the page's nonce ({@code
 * primefaces.CSP} in web.xml); a browser enforces both.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /** Sets the headers; also for the answers authentication writes before any filter runs. */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(RESOURCES)) {
      // pages, forms and answers carry people's data: never kept by a shared or back-button cache
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
