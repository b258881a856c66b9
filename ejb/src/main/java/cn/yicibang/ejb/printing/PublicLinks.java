package cn.yicibang.ejb.printing;

import cn.yicibang.ejb.config.Setting;
import jakarta.enterprise.context.RequestScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses printed on forms (in QR codes and as text) that a citizen or an official opens
 * without logging in: a form's verification page and the progress page of a case or a bundle. They
 * start with {@code yicibang.public-url} when it is set (the address the public reaches the server
 * by); otherwise with the address the clerk's browser used for the request that prints, so a code
 * printed at a counter opens on that counter's network, never a {@code localhost} no one else can
 * reach. One per request: the web tier tells it the address it was reached by.
 */
@RequestScoped
public class PublicLinks {

  /** The last resort, for a print outside any web request (none today). */
  private static final String FALLBACK = "http://localhost:8080";

  private String requestBase;

  /** The address the current request reached the server by (scheme, host, port, context path). */
  public void reachedBy(String scheme, String host, int port, String contextPath) {
    boolean defaultPort =
        port <= 0
            || ("http".equalsIgnoreCase(scheme) && port == 80)
            || ("https".equalsIgnoreCase(scheme) && port == 443);
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6
    requestBase =
        scheme
            + "://"
            + h
            + (defaultPort ? "" : ":" + port)
            + (contextPath == null ? "" : contextPath);
  }

  /** Where the public pages start, without a trailing slash. */
  public String base() {
    String configured = Setting.PUBLIC_URL.value().strip();
    String base = !configured.isEmpty() ? configured : requestBase != null ? requestBase : FALLBACK;
    return base.replaceAll("/+$", "");
  }

  /** The page that says whether a printed form with this verification reference is genuine. */
  public String formVerification(String reference) {
    return base() + "/public/verify.xhtml?ref=" + encode(reference);
  }

  /**
   * The page where a citizen follows a case or a bundle by its number (acceptance or tracking
   * number) and the last four characters of the identity number.
   */
  public String progress(String number) {
    return base() + "/public/status.xhtml?no=" + encode(number);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
