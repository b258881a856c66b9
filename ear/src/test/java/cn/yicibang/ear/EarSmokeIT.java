package cn.yicibang.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production form: the built EAR deployed to a real Payara Server 6. Health must report the
 * database reachable and migrated, the login page must render, and a REST call must go through
 * JAX-RS, the EJB tier and JPA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarSmokeIT {

  private static final URI SERVER = URI.create("http://localhost:8080/");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class,
        new File(System.getProperty("yicibang.ear", "target/yicibang.ear")));
  }

  @Test
  void deployedEarIsHealthyAndServesPagesAndApi() throws Exception {
    HttpResponse<String> health = get("health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"migrated\":\"true\"");

    HttpResponse<String> login = get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("用户名").contains("primefaces");

    HttpResponse<String> verify = get("api/public/forms/RE-20260101-NOSUCH");
    assertThat(verify.statusCode()).isEqualTo(404);
    assertThat(verify.body()).contains("print.verify.notFound");
  }

  /** Deployed without the demo configuration: no demo account exists, so none lets anybody in. */
  @Test
  void noDemoAccountExistsOutsideTheDemoConfiguration() throws Exception {
    for (String user : new String[] {"admin", "clerk.dongzhuang", "approver.xiuyu", "hall.xiuyu"}) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(SERVER.resolve("api/persons?q=%E6%9E%97%E6%B5%B7"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString((user + ":demo1234").getBytes()))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(user).isEqualTo(401);
    }
    assertThat(get("login.xhtml").body()).doesNotContain("demo1234");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(SERVER.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
