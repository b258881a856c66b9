package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.audit.ChainVerifier;
import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.security.Passwords;
import cn.yicibang.web.i18n.Messages;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web's defences on the real Payara Micro, tried the way an attacker would: headers and cookies
 * of real answers, forged cross-site posts, password guessing, weak passwords, a tampered audit
 * log. Runs inside the server to make its own accounts and to tamper with the database directly;
 * every request goes over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  private static final String STRONG = "Harbour-Tide-2026";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Passwords passwords;

  @Test
  void everyAnswerCarriesTheBrowserDefencesAndPagesRunOnlyTheirOwnScripts() throws Exception {
    HttpResponse<String> page = new FacesClient(uri("")).get("login.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertThat(policies)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'"));
    String nonce =
        policies.stream()
            .map(p -> Pattern.compile("'nonce-([^']+)'").matcher(p))
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no nonce policy in " + policies));
    // every inline script carries the nonce, and no element has an inline event handler
    Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
    int inline = 0;
    while (scripts.find()) {
      inline++;
      assertThat(scripts.group(1)).contains("nonce=\"" + nonce + "\"");
    }
    assertThat(inline).isPositive();
    assertThat(page.body()).doesNotContainPattern("\\son(click|load|change|submit)=\"");
    for (HttpResponse<?> r :
        List.of(page, Http.get(uri("api/mediation/types"), "police.dongzhuang", null))) {
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(r.headers().allValues("Content-Security-Policy"))
          .anyMatch(p -> p.contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
    HttpResponse<String> page = new FacesClient(uri("")).get("login.xhtml");
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    // plain HTTP here: Secure is the server's own, whenever the request came over HTTPS
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aFormOrCallSentFromAnotherSiteIsRefused() throws Exception {
    FacesClient forged = new FacesClient(uri(""));
    HttpResponse<String> login =
        forged.login("clerk.dongzhuang", "demo1234", "Origin", "http://evil.example");
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(forged.get("index.xhtml").statusCode()).isEqualTo(302); // still not logged in

    FacesClient fetched = new FacesClient(uri(""));
    assertThat(
            fetched
                .login("clerk.dongzhuang", "demo1234", "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);

    FacesClient own = new FacesClient(uri(""));
    HttpResponse<String> accepted =
        own.login(
            "clerk.dongzhuang",
            "demo1234",
            "Origin",
            base.getProtocol() + "://" + base.getAuthority(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(own.get("index.xhtml").statusCode()).isEqualTo(200);

    long applications = Sql.count(dataSource, "select count(*) from change_application");
    HttpResponse<String> api =
        HTTP.send(
            HttpRequest.newBuilder(uri("api/household-changes"))
                .header("Authorization", basic("clerk.dongzhuang", "demo1234"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(Http.json(api.body()).getString("code")).isEqualTo("error.crossSite");
    assertThat(Sql.count(dataSource, "select count(*) from change_application"))
        .isEqualTo(applications);
  }

  @Test
  void aFormPostedWithAForgedViewStateIsTreatedAsExpiredAndChangesNothing() throws Exception {
    String user = newAccount("forged.view");
    String hash = passwordHash(user);
    FacesClient client = new FacesClient(uri(""));
    assertThat(client.login(user, STRONG).statusCode()).isEqualTo(302);
    assertThat(client.get("account/password.xhtml").statusCode()).isEqualTo(200);
    long audited = audited(user);
    HttpResponse<String> r =
        client.post(
            "account/password.xhtml",
            Map.of(
                "jakarta.faces.ViewState", "-1234567890123456789:987654321987654321",
                "password", "password",
                "password:current", STRONG,
                "password:replacement", "Another-Harbour-77",
                "password:repeated", "Another-Harbour-77",
                "password:submit", ""));
    // no view is kept under that state: Faces finds the view expired, and FacesErrors sends the
    // clerk back to the same page, fresh, with the expired-page note, instead of running the form
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(URI.create(location).getPath()).endsWith("/account/password.xhtml");
    HttpResponse<String> reloaded = client.get(location);
    assertThat(reloaded.statusCode()).isEqualTo(200);
    String expired = Messages.format(Locale.SIMPLIFIED_CHINESE, "login.expired");
    assertThat(expired).isNotEqualTo("login.expired");
    assertThat(reloaded.body()).contains(expired).doesNotContain("密码已修改");
    assertThat(passwordHash(user)).isEqualTo(hash);
    assertThat(audited(user)).isEqualTo(audited);
    assertThat(call(user, STRONG).statusCode()).isEqualTo(200); // the old password still holds
  }

  @Test
  void aSessionLeftIdleForItsLimitEndsAndTheLoginPageSaysWhy() throws Exception {
    String user = newAccount("idle.clerk");
    FacesClient client = new FacesClient(uri(""));
    assertThat(client.login(user, STRONG).statusCode()).isEqualTo(302);
    HttpResponse<String> page = client.get("account/password.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    // the limit configured for every session, as the logged-in session has it
    assertThat(page.headers().firstValue(SessionIdle.LIMIT)).hasValue("1800");

    // the same session, its limit shortened so the test need not wait 30 minutes
    assertThat(client.get("account/password.xhtml", SessionIdle.SHORTEN, "1").statusCode())
        .isEqualTo(200);
    Thread.sleep(2_500);
    // the clerk clicks on the page left open: an AJAX post, from the page with its query
    String openPage = uri("account/password.xhtml?from=idle").toString();
    HttpResponse<String> after = clickOnPasswordPage(client, openPage);
    assertThat(after.body()).as("Faces is told to go to the login page").contains("<redirect url=");
    String location =
        after.body().replaceAll("(?s).*<redirect url=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    assertThat(location).endsWith("/login.xhtml");
    String ended = Messages.format(Locale.SIMPLIFIED_CHINESE, "login.sessionEnded");
    assertThat(ended).isNotEqualTo("login.sessionEnded");
    HttpResponse<String> login = client.get(location);
    assertThat(login.body()).contains(ended);
    // said once: the next visit to the login page is a plain form again
    assertThat(client.get("login.xhtml").body()).doesNotContain(ended);
    // a new login goes back to the page the clerk was on, with a fresh session's full limit
    HttpResponse<String> again = client.login(user, STRONG);
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml?from=idle"));
    assertThat(client.get("account/password.xhtml").headers().firstValue(SessionIdle.LIMIT))
        .hasValue("1800");
  }

  /** An AJAX post of the password page, as a click sends it, from the page the browser names. */
  private static HttpResponse<String> clickOnPasswordPage(FacesClient client, String referer)
      throws Exception {
    return client.post(
        "account/password.xhtml",
        Map.of("jakarta.faces.partial.ajax", "true", "password", "password"),
        "Faces-Request",
        "partial/ajax",
        "Referer",
        referer);
  }

  @Test
  void afterTheSessionEndsTheLoginPageReturnsOnlyToThisApplicationsOwnPages() throws Exception {
    String user = newAccount("idle.elsewhere");
    String own = uri("").getScheme() + "://" + uri("").getAuthority();
    for (String referer :
        List.of(
            own + "//evil.example/x",
            own + "/yicibang/../other-application/x",
            own + "/yicibang/%2e%2e/other-application/x")) {
      FacesClient client = new FacesClient(uri(""));
      assertThat(client.login(user, STRONG).statusCode()).isEqualTo(302);
      client.get("account/password.xhtml", SessionIdle.SHORTEN, "1");
      Thread.sleep(2_000);
      assertThat(clickOnPasswordPage(client, referer).body())
          .as("the session has ended")
          .contains("<redirect url=");
      HttpResponse<String> again = client.login(user, STRONG);
      assertThat(again.headers().firstValue("Location"))
          .as(referer)
          .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).endsWith("/index.xhtml"));
    }
  }

  @Test
  void fiveWrongPasswordsLockTheNameEvenAgainstTheRightOneUntilTheLockEnds() throws Exception {
    String user = newAccount("guessed.api");
    for (int i = 1; i <= 4; i++) {
      assertThat(call(user, "wrong-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> fifth = call(user, "wrong-5");
    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(fifth.headers().firstValue("Retry-After")).isPresent();
    assertThat(Http.json(fifth.body()).getString("detail")).contains("已暂时锁定");
    HttpResponse<String> right = call(user, STRONG);
    assertThat(right.statusCode()).isEqualTo(429);
    // written before JAX-RS, in the caller's language all the same; Chinese without a preference
    HttpResponse<String> english = call(user, STRONG, "en-GB,zh-CN;q=0.5");
    assertThat(english.statusCode()).isEqualTo(429);
    assertThat(Http.json(english.body()).getString("detail")).startsWith("Too many failed logins");
    HttpResponse<String> unsaid = call(user, STRONG, null);
    assertThat(Http.json(unsaid.body()).getString("detail")).contains("已暂时锁定");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where action = 'LOGIN_LOCKED' and actor = ?",
                user))
        .isEqualTo(1);

    // the lock ends: the right password is let in and clears the count
    Sql.execute(
        dataSource,
        "update login_throttle set locked_until = ? where subject = ?",
        java.time.OffsetDateTime.now().minusMinutes(1),
        "user:" + user);
    assertThat(call(user, STRONG).statusCode()).isEqualTo(200);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from login_throttle where subject = ? and (failures > 0 or"
                    + " locked_until is not null)",
                "user:" + user))
        .as("the count and the lock cleared")
        .isZero();

    // the login page counts the same way and says so in Chinese
    String page = newAccount("guessed.page");
    FacesClient client = new FacesClient(uri(""));
    HttpResponse<String> last = null;
    for (int i = 1; i <= 5; i++) {
      last = client.login(page, "wrong-" + i);
    }
    assertThat(last.body()).contains("登录失败次数过多");
    assertThat(client.login(page, STRONG).body()).contains("登录失败次数过多");
  }

  @Test
  void twentyParallelGuessesGetNoMoreTriesThanFive() throws Exception {
    String user = newAccount("guessed.burst");
    // every wrong password tried is also counted against the address: start that count afresh
    Sql.execute(dataSource, "delete from login_throttle where subject like 'address:%'");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String guess = "wrong-" + i;
        answers.add(pool.submit(() -> call(user, guess)));
      }
      for (var a : answers) {
        assertThat(a.get().statusCode()).isIn(401, 429);
      }
    } finally {
      pool.shutdownNow();
    }
    // each attempt is counted before its password is tried, under the name's row lock: five were
    // tried (the fifth set the lock), the fifteen others were refused without being tried
    assertThat(
            Sql.count(
                dataSource,
                "select coalesce(sum(failures), 0) from login_throttle where subject like 'address:%'"))
        .isEqualTo(5);
    assertThat(call(user, STRONG).statusCode()).isEqualTo(429);
  }

  @Test
  void aLockedAddressRefusesOnlyTheNamesThatFailedThere() throws Exception {
    String clerk = newAccount("types.right");
    try {
      for (int i = 0; i < 50; i++) {
        assertThat(call("sprayed.name." + i, "wrong").statusCode()).isIn(401, 429);
      }
      assertThat(
              Sql.count(
                  dataSource,
                  "select count(*) from login_throttle where subject like 'address:%'"
                      + " and locked_until is not null"))
          .isPositive();
      // a clerk behind the same address who types the password right goes on working
      assertThat(call(clerk, STRONG).statusCode()).isEqualTo(200);
      // a name that failed there is refused, even with any password
      assertThat(call("sprayed.name.0", "wrong").statusCode()).isEqualTo(429);
    } finally {
      Sql.execute(dataSource, "delete from login_throttle where subject like 'address:%'");
      Sql.execute(
          dataSource, "delete from login_throttle where subject like 'user:sprayed.name.%'");
    }
  }

  @Test
  void aNewPasswordMustMeetThePolicyAndTheChangeIsAudited() throws Exception {
    String user = newAccount("changes.password");
    String hash = passwordHash(user);
    FacesClient client = new FacesClient(uri(""));
    assertThat(client.login(user, STRONG).statusCode()).isEqualTo(302);
    assertThat(client.get("account/password.xhtml").body()).contains("至少 12 个字符");

    HttpResponse<String> weak = change(client, STRONG, "demo1234");
    assertThat(weak.body())
        .contains("新密码至少需要 12 个字符")
        .contains("新密码须包含小写字母、大写字母、数字、其他字符中的至少三类")
        .contains("新密码过于常见");
    assertThat(passwordHash(user)).isEqualTo(hash);

    client.get("account/password.xhtml");
    assertThat(change(client, "not-the-current", "Another-Harbour-77").body()).contains("当前密码不正确");
    assertThat(passwordHash(user)).isEqualTo(hash);

    client.get("account/password.xhtml");
    assertThat(change(client, STRONG, "Another-Harbour-77").body()).contains("密码已修改");
    assertThat(passwordHash(user)).isNotEqualTo(hash);
    assertThat(call(user, "Another-Harbour-77").statusCode()).isEqualTo(200);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from audit_entry where action = 'PASSWORD_CHANGED' and actor = ?",
                user))
        .isEqualTo(1);
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsAndTheRememberedApiPasswordAtOnce() throws Exception {
    String user = newAccount("changes.everywhere");
    FacesClient changer = new FacesClient(uri(""));
    FacesClient other = new FacesClient(uri(""));
    assertThat(changer.login(user, STRONG).statusCode()).isEqualTo(302);
    assertThat(other.login(user, STRONG).statusCode()).isEqualTo(302);
    assertThat(other.get("index.xhtml").statusCode()).isEqualTo(200);
    // the API credential is now remembered for two minutes on this node
    assertThat(call(user, STRONG).statusCode()).isEqualTo(200);
    assertThat(call(user, STRONG).statusCode()).isEqualTo(200);

    changer.get("account/password.xhtml");
    assertThat(change(changer, STRONG, "Another-Harbour-77").body()).contains("密码已修改");

    // the session that changed it goes on
    assertThat(changer.get("index.xhtml").statusCode()).isEqualTo(200);
    // the other one is ended, and its login page says why, once
    HttpResponse<String> ended = other.get("index.xhtml");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(URI.create(ended.headers().firstValue("Location").orElseThrow()).getPath())
        .endsWith("/login.xhtml");
    assertThat(other.get("login.xhtml").body()).contains("账号的密码或权限已变更，请重新登录");
    assertThat(other.get("login.xhtml").body()).doesNotContain("账号的密码或权限已变更");
    assertThat(other.get("index.xhtml").statusCode()).isEqualTo(302);
    // the old password is refused by the API at once, the new one let in
    assertThat(call(user, STRONG).statusCode()).isEqualTo(401);
    assertThat(call(user, "Another-Harbour-77").statusCode()).isEqualTo(200);
    assertThat(other.login(user, "Another-Harbour-77").statusCode()).isEqualTo(302);
    assertThat(other.get("index.xhtml").statusCode()).isEqualTo(200);

    // an account disabled by the administrator ends its sessions too (within the stamps' two
    // seconds on a node that read the stamp a moment ago)
    Sql.execute(dataSource, "update app_user set enabled = false where username = ?", user);
    Thread.sleep(2_100);
    assertThat(changer.get("index.xhtml").statusCode()).isEqualTo(302);
    assertThat(call(user, "Another-Harbour-77").statusCode()).isEqualTo(401);
  }

  @Test
  void theAuditChainNamesTheFirstChangedOrMissingEntry() throws Exception {
    for (int i = 0; i < 8; i++) {
      // each search is an audit entry
      assertThat(
              Http.get(uri("api/persons?q=%E6%9E%97%E6%B5%B7"), "clerk.dongzhuang", null)
                  .statusCode())
          .isEqualTo(200);
    }
    JsonObject intact = verify();
    assertThat(intact.getString("reason", null)).isNull();
    assertThat(intact.getJsonNumber("checked").longValue()).isPositive();
    assertThat(intact.getJsonNumber("unsealed").longValue()).isZero();

    // a changed detail breaks that entry's own hash
    long seq = 3;
    String id = Sql.single(dataSource, "select id from audit_entry where chain_seq = ?", seq);
    String detail =
        Sql.single(dataSource, "select detail from audit_entry where id = ?", Long.parseLong(id));
    Sql.execute(
        dataSource, "update audit_entry set detail = ? where id = ?", "改过了", Long.parseLong(id));
    JsonObject changed = verify();
    assertThat(changed.getJsonNumber("brokenId").longValue()).isEqualTo(Long.parseLong(id));
    assertThat(changed.getJsonNumber("brokenSeq").longValue()).isEqualTo(seq);
    assertThat(changed.getString("reason")).contains("changed");
    try (Connection c = dataSource.getConnection()) {
      // the command-line check reads the same
      assertThat(ChainVerifier.verify(c).brokenId()).isEqualTo(Long.parseLong(id));
    }
    Sql.execute(
        dataSource, "update audit_entry set detail = ? where id = ?", detail, Long.parseLong(id));
    assertThat(verify().getString("reason", null)).isNull();

    // a deleted entry leaves a gap that the next one names
    String removed =
        Sql.single(dataSource, "select id from audit_entry where chain_seq = ?", seq + 2);
    String next = Sql.single(dataSource, "select id from audit_entry where chain_seq = ?", seq + 3);
    Sql.execute(
        dataSource,
        "create table audit_kept as select * from audit_entry where id = ?",
        Long.parseLong(removed));
    Sql.execute(dataSource, "delete from audit_entry where id = ?", Long.parseLong(removed));
    JsonObject gap = verify();
    assertThat(gap.getJsonNumber("brokenId").longValue()).isEqualTo(Long.parseLong(next));
    assertThat(gap.getString("reason")).contains("missing");
    Sql.execute(dataSource, "insert into audit_entry select * from audit_kept");
    Sql.execute(dataSource, "drop table audit_kept");
    JsonObject restored = verify();
    assertThat(restored.getString("reason", null)).isNull();
    assertThat(restored.getJsonNumber("lastSeq").longValue())
        .isGreaterThan(intact.getJsonNumber("lastSeq").longValue());
  }

  @Test
  void listsPagesAndLogsShowIdentityNumbersOnlyMasked() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      String id =
          Residents.newHousehold(
              dataSource, "350305101201001001", "郑掩码", java.time.LocalDate.of(1979, 5, 5), false);
      String change =
          "{\"residentId\":\""
              + id
              + "\",\"items\":{\"NAME\":\"郑严码\"},"
              + "\"applicantRelation\":\"SELF\",\"applicantName\":\"郑掩码\","
              + "\"applicantResidentId\":\""
              + id
              + "\",\"reason\":\"本人申请\","
              + "\"materialsSeen\":[\"ID_CARD\",\"BOOKLET\",\"FORM_SIGNED\",\"ARCHIVE_RECORD\","
              + "\"BIRTH_CERT\"]}";
      HttpResponse<String> created =
          Http.post(uri("api/household-changes"), "clerk.dongzhuang", change, null);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String no = Http.json(created.body()).getString("acceptanceNo");
      for (String approver : List.of("head.dongzhuang", "approver.xiuyu")) {
        HttpResponse<String> decided =
            Http.post(
                uri("api/household-changes/" + no + "/decisions"),
                approver,
                "{\"kind\":\"APPROVE\",\"opinion\":\"同意\"}",
                null);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
      }
      // a wrong number and a person outside the jurisdiction: refusals that must not log the number
      Http.get(uri("api/persons/" + id.substring(0, 17) + "0"), "clerk.dongzhuang", null);
      Http.get(uri("api/persons/" + id), "clerk.yuetang", null);

      String masked = id.substring(0, 6) + "********" + id.substring(14);
      Map<String, String> lists =
          Map.of(
              "api/persons?q=%E9%83%91%E6%8E%A9",
              "clerk.dongzhuang",
              "api/notifications",
              "officer.medins",
              "api/household-changes/" + no,
              "clerk.dongzhuang");
      for (var list : lists.entrySet()) {
        HttpResponse<String> r = Http.get(uri(list.getKey()), list.getValue(), null);
        assertThat(r.statusCode()).as(list.getKey()).isEqualTo(200);
        assertThat(r.body()).as(list.getKey()).doesNotContain(id);
      }
      // the approved change renamed the person: the search finds the new name, masked
      assertThat(
              Http.get(
                      uri(
                          "api/persons?q="
                              + java.net.URLEncoder.encode("郑严", StandardCharsets.UTF_8)),
                      "clerk.dongzhuang",
                      null)
                  .body())
          .contains(masked);
      Map<String, String> pages =
          Map.of(
              "household/mine.xhtml", "clerk.dongzhuang",
              "household/worklist.xhtml", "head.dongzhuang",
              "exchange/department.xhtml", "officer.medins",
              "exchange/reconciliation.xhtml", "admin");
      for (var page : pages.entrySet()) {
        FacesClient client = new FacesClient(uri(""));
        assertThat(client.login(page.getValue(), "demo1234").statusCode()).isEqualTo(302);
        HttpResponse<String> r = client.get(page.getKey());
        assertThat(r.statusCode()).as(page.getKey()).isEqualTo(200);
        assertThat(r.body()).as(page.getKey()).doesNotContain(id);
      }
      assertThat(log.size()).isPositive();
      assertThat(log.identityNumbers()).isEmpty();
    }
  }

  private JsonObject verify() throws Exception {
    HttpResponse<String> r = Http.get(uri("api/audit/chain"), "admin", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body());
  }

  private static HttpResponse<String> change(FacesClient client, String current, String next)
      throws Exception {
    return client.post(
        "account/password.xhtml",
        Map.of(
            "password", "password",
            "password:current", current,
            "password:replacement", next,
            "password:repeated", next,
            "password:submit", ""));
  }

  /** A counter clerk of Dongzhuang with the strong password, made for one test. */
  private String newAccount(String user) throws Exception {
    Sql.execute(
        dataSource,
        "insert into app_user (username, display_name, password_hash, organisation_id)"
            + " values (?, ?, ?, 'PS-DONGZHUANG')",
        user,
        "测试账号",
        passwords.hash(STRONG.toCharArray()));
    Sql.execute(
        dataSource, "insert into app_user_role (username, role) values (?, 'COUNTER_CLERK')", user);
    return user;
  }

  /** How many audit entries name the user as actor. */
  private long audited(String user) throws Exception {
    return Sql.count(dataSource, "select count(*) from audit_entry where actor = ?", user);
  }

  private String passwordHash(String user) throws Exception {
    return Sql.single(dataSource, "select password_hash from app_user where username = ?", user);
  }

  private HttpResponse<String> call(String user, String password) throws Exception {
    return call(user, password, "zh-CN");
  }

  /** A register search with the credential, asking for the language (none when null). */
  private HttpResponse<String> call(String user, String password, String language)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("api/persons?q=%E6%9E%97%E6%B5%B7"))
            .header("Authorization", basic(user, password));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
