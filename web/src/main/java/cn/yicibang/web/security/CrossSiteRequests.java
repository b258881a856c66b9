package cn.yicibang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request that changes something when a browser says another site sent it: {@code
 * Sec-Fetch-Site} other than same-origin (or a typed address), or an {@code Origin} that is not
 * this host. Together with the session cookie's {@code SameSite=Strict} and the form's view state
 * (a random token per page, checked by Faces), a forged form post or script call from another site
 * gets nowhere, on pages and on the REST API alike. Clients that are not browsers send neither
 * header and are not affected.
 */
@WebFilter(urlPatterns = "/*")
public class CrossSiteRequests extends HttpFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod()) || sameSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      ProblemResponses.write(
          request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  static boolean sameSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      // the browser's own word; a proxy that rewrites Host cannot make it wrong
      return OWN_SITE.contains(fetchSite.toLowerCase(Locale.ROOT));
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    try {
      URI uri = new URI(origin);
      return host != null && uri.getHost() != null && authority(uri).equalsIgnoreCase(host.strip());
    } catch (java.net.URISyntaxException e) {
      return false; // "null" or garbage: a sandboxed or privacy-stripped origin
    }
  }

  /** host[:port] as a Host header writes it (the default port left out). */
  private static String authority(URI origin) {
    int port = origin.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equalsIgnoreCase(origin.getScheme()) && port == 80)
            || ("https".equalsIgnoreCase(origin.getScheme()) && port == 443);
    return defaultPort ? origin.getHost() : origin.getHost() + ":" + port;
  }
}
