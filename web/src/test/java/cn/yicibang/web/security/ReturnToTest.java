package cn.yicibang.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the login page may send a clerk back after their session ended: a page of this application
 * only, also when it is deployed at the root (as {@code mvn -Prun} does), where a path like {@code
 * //evil.example} would otherwise still start with the context path.
 */
class ReturnToTest {

  @Test
  void aPageAskedForIsWhereTheLoginLeadsBack() {
    assertThat(YicibangAuthentication.returnTo(get("", "/registry/lookup.xhtml", "q=1")))
        .isEqualTo("/registry/lookup.xhtml?q=1");
    assertThat(YicibangAuthentication.returnTo(get("/yicibang", "/yicibang/index.xhtml", null)))
        .isEqualTo("/yicibang/index.xhtml");
  }

  @Test
  void aPostLeadsBackToThePageItCameFromWithItsQuery() {
    assertThat(
            YicibangAuthentication.returnTo(
                post("", "https://proxy.example:443/mediation/dispute.xhtml?no=TJ1#top")))
        .as("only the path and query count, not the host a proxy shows")
        .isEqualTo("/mediation/dispute.xhtml?no=TJ1");
  }

  @Test
  void nothingThatLeavesTheApplicationOrLoopsToTheLoginPage() {
    for (String referer :
        new String[] {
          "http://h//evil.example/x",
          "http://h/.//evil.example/x",
          "http://h/%2F%2Fevil.example/x",
          "http://h/%5Cevil.example",
          "http://h/../other-app/x",
          "http://h/a/%2e%2e/%2e%2e/other-app",
          "http://h/login.xhtml",
          "not a uri at all",
          "mailto:someone@example.org"
        }) {
      assertThat(YicibangAuthentication.returnTo(post("", referer))).as(referer).isNull();
    }
    assertThat(YicibangAuthentication.returnTo(post("/yicibang", "http://h/other/x"))).isNull();
    assertThat(YicibangAuthentication.returnTo(post("", null))).isNull();
    assertThat(YicibangAuthentication.returnTo(get("", "//evil.example/x", null))).isNull();
  }

  private static HttpServletRequest get(String context, String uri, String query) {
    return request(
        Map.of("getMethod", "GET", "getContextPath", context, "getRequestURI", uri), query, null);
  }

  private static HttpServletRequest post(String context, String referer) {
    return request(Map.of("getMethod", "POST", "getContextPath", context), null, referer);
  }

  private static HttpServletRequest request(
      Map<String, String> answers, String query, String referer) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ReturnToTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getQueryString" -> query;
                  case "getHeader" -> "Referer".equals(args[0]) ? referer : null;
                  default -> {
                    if (!answers.containsKey(method.getName())) {
                      throw new UnsupportedOperationException(method.getName());
                    }
                    yield answers.get(method.getName());
                  }
                });
  }
}
