package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.registry.RegisterLookup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Register lookup on the real Payara Micro: through the service, through REST, within the caller's
 * jurisdiction only, and audited.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterLookupIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Inject private RegisterLookup lookup;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Test
  void theServiceRefusesAnAnonymousCaller() {
    assertThatThrownBy(() -> lookup.search("林")).isInstanceOf(EJBAccessException.class);
  }

  /**
   * Runs inside the server so it can make its own resident and read the audit log directly; the
   * requests themselves go over HTTP like any client's.
   */
  @Test
  void aStationSeesItsOwnResidentAuditedAndAnotherStationGetsNotFound() throws Exception {
    String residentId = newResident("东沁村测试户", "350305101201001001", "郑测试");

    HttpResponse<String> own = Http.get(uri("api/persons/" + residentId), "clerk.dongzhuang", null);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body())
        .contains("\"name\":\"郑测试\"")
        .contains(residentId)
        .contains("\"members\"");

    HttpResponse<String> other = Http.get(uri("api/persons/" + residentId), "clerk.yuetang", null);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("registry.person.notFound").doesNotContain("郑测试");

    HttpResponse<String> search =
        Http.get(uri("api/persons?q=" + residentId), "clerk.yuetang", null);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).isEqualTo("[]");

    List<String> views = audit("VIEW_PERSON", residentId);
    assertThat(views).containsExactly("clerk.dongzhuang");
  }

  @Test
  void searchResultsAreMasked() throws Exception {
    String residentId = newResident("东沁村测试户", "350305101201001002", "林掩码");
    HttpResponse<String> search =
        Http.get(uri("api/persons?q=%E6%9E%97%E6%8E%A9%E7%A0%81"), "clerk.dongzhuang", null);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body())
        .contains(ResidentId.of(residentId).masked())
        .doesNotContain(residentId);
    assertNothingRebuildsTheNumber(search.body(), residentId);
  }

  @Test
  void aMembersMaskedNumberAndWhatTheRecordShowsOfThemNeverMakeTheWholeNumber() throws Exception {
    String head = newResident("东沁村测试户", "350305101201001002", "林户主");
    String member =
        Residents.member(dataSource, head, "林成员", LocalDate.of(2003, 10, 23), false, "SPOUSE");
    HttpResponse<String> record = Http.get(uri("api/persons/" + head), "clerk.dongzhuang", null);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains(ResidentId.of(member).masked(), "\"birthYear\":2003");
    assertNothingRebuildsTheNumber(record.body(), member);
  }

  /**
   * A masked number hides the eight digits of the birth date: what is shown with it must not give
   * them back, in any way a date is written.
   */
  private static void assertNothingRebuildsTheNumber(String body, String residentId) {
    LocalDate born = ResidentId.of(residentId).birthDate();
    assertThat(body)
        .doesNotContain(residentId)
        .doesNotContain(born.toString())
        .doesNotContain(residentId.substring(6, 14))
        .doesNotContain(
            born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日");
  }

  @Test
  void aNameIsFoundByItsBeginningNotByAnyPartAndOneCharacterIsTooFew() throws Exception {
    newResident("东沁村测试户", "350305101201002001", "柯前缀明");
    // (an earlier run on the same database may have left a namesake: each of them is found too)
    assertThat(names("柯前缀")).contains("柯前缀明").allMatch(n -> n.equals("柯前缀明"));
    assertThat(names("柯前缀明")).contains("柯前缀明").allMatch(n -> n.equals("柯前缀明"));
    // the middle of a name is not how a name begins: no index answers it at province scale
    assertThat(names("前缀")).doesNotContain("柯前缀明");

    HttpResponse<String> one =
        Http.get(uri("api/persons?q=" + encode("柯")), "clerk.dongzhuang", null);
    assertThat(one.statusCode()).isEqualTo(400);
    assertThat(one.body()).contains("registry.search.nameTooShort").contains("至少输入 2 个字");
  }

  private List<String> names(String query) throws Exception {
    HttpResponse<String> r =
        Http.get(uri("api/persons?q=" + encode(query)), "clerk.dongzhuang", null);
    assertThat(r.statusCode()).isEqualTo(200);
    return Http.jsonArray(r.body()).stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  @RunAsClient
  void badInputIsAClearFourHundredInTheCallersLanguage() throws Exception {
    HttpResponse<String> zh =
        Http.get(uri("api/persons/350305199001011235"), "clerk.dongzhuang", null);
    assertThat(zh.statusCode()).isEqualTo(400);
    assertThat(zh.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(zh.body())
        .contains("校验码")
        .contains("“8”")
        .doesNotContain("Exception")
        .doesNotContain("at cn.");

    HttpResponse<String> en = Http.get(uri("api/persons/3503051990"), "clerk.dongzhuang", "en");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(en.body()).contains("has 10");
  }

  @Test
  @RunAsClient
  void theApiNeedsALoginExceptPublicVerification() throws Exception {
    assertThat(Http.get(uri("api/persons?q=x"), null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> verify = Http.get(uri("api/public/forms/RE-20260101-NOSUCH"), null, null);
    assertThat(verify.statusCode()).isEqualTo(404);
    assertThat(verify.body()).contains("print.verify.notFound");
  }

  @Test
  @RunAsClient
  void healthOpenApiAndMetricsAreServed() throws Exception {
    HttpResponse<String> health = Http.get(base.toURI().resolve("/health"), null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"migrated\":\"true\"");
    assertThat(Http.get(base.toURI().resolve("/openapi"), null, null).body())
        .contains("/persons/{residentId}");
    assertThat(Http.get(base.toURI().resolve("/metrics"), null, null).statusCode()).isEqualTo(200);
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  /** A new resident with a fresh identity number, in a household in the given unit. */
  private String newResident(String address, String unit, String name) throws Exception {
    LocalDate birth =
        LocalDate.of(
            1960 + ThreadLocalRandom.current().nextInt(40),
            1 + ThreadLocalRandom.current().nextInt(12),
            1 + ThreadLocalRandom.current().nextInt(28));
    String residentId =
        ResidentId.issue("350305", birth, 1 + 2 * ThreadLocalRandom.current().nextInt(499)).value();
    UUID household = UUID.randomUUID();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement h =
          c.prepareStatement(
              "insert into household (id, household_no, kind, address, division_code, registered_on, version) values (?, ?, 'FAMILY', ?, ?, ?, 0)")) {
        h.setObject(1, household);
        h.setString(2, "IT" + household.toString().substring(0, 12));
        h.setString(3, address);
        h.setString(4, unit);
        h.setObject(5, LocalDate.of(2000, 1, 1));
        h.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into person (id, resident_id, name, sex, ethnicity_code, birth_date, address, household_id, relation_to_head, registered_on, version)"
                  + " values (?, ?, ?, 'MALE', '01', ?, ?, ?, 'HEAD', ?, 0)")) {
        p.setObject(1, UUID.randomUUID());
        p.setString(2, residentId);
        p.setString(3, name);
        p.setObject(4, birth);
        p.setString(5, address);
        p.setObject(6, household);
        p.setObject(7, LocalDate.of(2000, 1, 1));
        p.executeUpdate();
      }
    }
    return residentId;
  }

  private List<String> audit(String action, String residentId) throws Exception {
    List<String> actors = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select a.actor from audit_entry a join person p on cast(p.id as varchar(64)) = a.subject_id"
                    + " where a.action = ? and p.resident_id = ? order by a.id")) {
      s.setString(1, action);
      s.setString(2, residentId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          actors.add(rs.getString(1));
        }
      }
    }
    return actors;
  }
}
