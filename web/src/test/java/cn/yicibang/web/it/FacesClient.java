package cn.yicibang.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's requests to the pages without the browser: a session cookie, the Faces view state and
 * the PrimeFaces script nonce from the last page sent back with the next form, extra headers on
 * request (an {@code Origin} of another site). Redirects are not followed, so the test sees them.
 */
final class FacesClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private String viewState;
  private String nonce;

  FacesClient(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept-Language", "zh-CN")
            .timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> r =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    remember(r.body());
    return r;
  }

  /** Posts a form with the view state of the last page (unless the fields bring their own). */
  HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>();
    if (viewState != null) {
      all.put("jakarta.faces.ViewState", viewState);
    }
    if (nonce != null) {
      // what PrimeFaces' script sends with every post of a page under its script policy
      all.put("primefaces.nonce", nonce);
    }
    all.putAll(fields);
    StringJoiner body = new StringJoiner("&");
    all.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Accept-Language", "zh-CN")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> r =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    remember(r.body());
    return r;
  }

  /** The login page's form; a redirect away from it means the login was accepted. */
  HttpResponse<String> login(String user, String password, String... headers)
      throws IOException, InterruptedException {
    get("login.xhtml");
    return post(
        "login.xhtml",
        Map.of(
            "login",
            "login",
            "login:username",
            user,
            "login:password",
            password,
            "login:submit",
            ""),
        headers);
  }

  private void remember(String body) {
    Matcher m = VIEW_STATE.matcher(body == null ? "" : body);
    if (m.find()) {
      viewState = m.group(1);
    }
    Matcher n = NONCE.matcher(body == null ? "" : body);
    if (n.find()) {
      nonce = n.group(1);
    }
  }
}
