package cn.yicibang.bench.load;

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
 * One clerk's browser as far as the server can tell: its own session cookie, the Faces view state
 * taken from each page and partial response and sent back with the next post, PrimeFaces AJAX
 * requests with the parameters the PrimeFaces script sends, and full-page posts for downloads. Each
 * request's time is recorded.
 */
public final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile(
          "(?:name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\")|(?:<update"
              + " id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>)");

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private URI base;
  private final HttpClient http;
  private final Latencies latencies;
  private String viewState;
  private String nonce;

  public PageClient(URI base, Latencies latencies) {
    this.base = base;
    this.latencies = latencies;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * From now on sends to another node of the cluster, with the same session cookie and view state:
   * what a load balancer does when the node that served the clerk is gone.
   */
  public void moveTo(URI other) {
    this.base = other;
  }

  /** Logs in through the login page, as a person does. */
  public void login(String user, String password) throws IOException, InterruptedException {
    get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", password);
    form.put("login:submit", "");
    String page = post("login.xhtml", form, false);
    if (page.contains("id=\"login:username\"")) {
      throw new IllegalStateException("login refused for " + user);
    }
  }

  /** A page, as a link or the address bar opens it. */
  public String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        timed(
            HttpRequest.newBuilder(base.resolve(path)).GET(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    expectOk(r);
    remember(r.body());
    return r.body();
  }

  /**
   * A PrimeFaces AJAX action: the source component, what it processes and updates, and the fields
   * of its form. Returns the partial response.
   */
  public String ajax(
      String page,
      String form,
      String source,
      String execute,
      String render,
      Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("jakarta.faces.partial.ajax", "true");
    p.put("jakarta.faces.source", source);
    p.put("jakarta.faces.partial.execute", execute);
    p.put("jakarta.faces.partial.render", render);
    p.put(source, source);
    p.put(form, form);
    p.putAll(fields);
    String body = post(page, p, true);
    if (body.contains("<error>") || !body.contains("<partial-response")) {
      throw new IllegalStateException("AJAX " + source + " failed: " + cut(body));
    }
    return body;
  }

  /** A full-page post, such as a button that downloads a file; returns the body's bytes. */
  public byte[] download(String page, String form, String button)
      throws IOException, InterruptedException {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(form, form);
    p.put(button, "");
    p.put("jakarta.faces.ViewState", viewState);
    if (nonce != null) {
      p.put("primefaces.nonce", nonce);
    }
    HttpResponse<byte[]> r =
        timed(formPost(page, p, false), HttpResponse.BodyHandlers.ofByteArray());
    expectOk(r);
    return r.body();
  }

  private String post(String page, Map<String, String> fields, boolean ajax)
      throws IOException, InterruptedException {
    fields.put("jakarta.faces.ViewState", viewState);
    if (nonce != null) {
      fields.put("primefaces.nonce", nonce);
    }
    HttpResponse<String> r =
        timed(
            formPost(page, fields, ajax),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    expectOk(r);
    remember(r.body());
    return r.body();
  }

  private HttpRequest.Builder formPost(String page, Map<String, String> fields, boolean ajax) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(page))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ajax) {
      b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return b;
  }

  private <T> HttpResponse<T> timed(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<T> r =
        http.send(
            request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
            handler);
    latencies.add(System.nanoTime() - t0);
    return r;
  }

  private void remember(String body) {
    Matcher m = VIEW_STATE.matcher(body);
    if (m.find()) {
      viewState = m.group(1) != null ? m.group(1) : m.group(2);
    }
    Matcher n = NONCE.matcher(body);
    if (n.find()) {
      nonce = n.group(1); // PrimeFaces' script policy: its script sends the view's nonce back
    }
  }

  private static void expectOk(HttpResponse<?> r) {
    if (r.statusCode() != 200) {
      Object b = r.body();
      throw new IllegalStateException(
          r.request().method()
              + " "
              + r.uri().getPath()
              + " → "
              + r.statusCode()
              + " "
              + cut(
                  b instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : "" + b));
    }
  }

  private static String cut(String s) {
    return s.substring(0, Math.min(300, s.length()));
  }

  /** The first match of a pattern's group 1 in a page or partial response, or fails. */
  public static String find(String body, Pattern pattern) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("not on the page: " + pattern + " in " + cut(body));
    }
    return m.group(1);
  }
}
