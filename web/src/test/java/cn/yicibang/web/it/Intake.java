package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Cases taken over REST as the counter and the hall take them, each for a new resident of its own
 * (made with {@link Residents}), for tests that need a case to look at rather than the intake
 * itself.
 */
final class Intake {

  /** The unit of Dongqin village, in Dongzhuang station's jurisdiction. */
  static final String DONGQIN_UNIT = "350305101201001001";

  private Intake() {}

  /**
   * A change of register items for a new adult, who applies for themself at the clerk's counter
   * with every material seen.
   *
   * @return the acceptance number
   */
  static String change(
      URI base,
      DataSource ds,
      String clerk,
      String unit,
      String name,
      LocalDate birth,
      boolean male,
      Map<String, String> items)
      throws Exception {
    String id = Residents.newHousehold(ds, unit, name, birth, male);
    JsonObjectBuilder changed = Json.createObjectBuilder();
    items.forEach(changed::add);
    String body =
        Json.createObjectBuilder()
            .add("residentId", id)
            .add("items", changed)
            .add("applicantRelation", "SELF")
            .add("applicantName", name)
            .add("applicantResidentId", id)
            .add("reason", "本人申请")
            .add(
                "materialsSeen",
                Json.createArrayBuilder()
                    .add("ID_CARD")
                    .add("BOOKLET")
                    .add("FORM_SIGNED")
                    .add("ARCHIVE_RECORD")
                    .add("BIRTH_CERT"))
            .build()
            .toString();
    HttpResponse<String> r = Http.post(base.resolve("api/household-changes"), clerk, body, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r.body()).getString("acceptanceNo");
  }

  /**
   * A business start taken at the hall for a new resident of Dongqin as legal representative, with
   * every material of the notice seen: an application and its departments' tasks.
   *
   * @return the tracking number
   */
  static String businessStart(URI base, DataSource ds, String representative) throws Exception {
    String rep =
        Residents.newHousehold(ds, DONGQIN_UNIT, representative, LocalDate.of(1988, 5, 20), true);
    JsonObject values =
        Json.createObjectBuilder()
            .add("legalrep.residentId", rep)
            .add("legalrep.name", representative)
            .add("applicant.name", representative)
            .add("legalrep.phone", "13859901234")
            .add("company.name", "莆田市秀屿区矩阵测试水产有限公司")
            .add("company.type", "有限责任公司（自然人投资或控股）")
            .add("company.address", "福建省莆田市秀屿区东庄镇东沁村海滨路18号")
            .add("company.capital", "100")
            .add("company.scope", "水产品加工、销售")
            .add("company.employees", "8")
            .add("bank.name", "中国农业银行莆田秀屿支行")
            .add("bank.account", "6228480598765432101")
            .add("applicant.residentId", rep)
            .add("applicant.phone", "13859901234")
            .build();
    JsonArrayBuilder materials = Json.createArrayBuilder();
    Http.json(
            Http.get(base.resolve("api/bundles/BUSINESS_START/notice"), "hall.xiuyu", null).body())
        .getJsonArray("materials")
        .forEach(m -> materials.add(m.asJsonObject().getString("code")));
    String body =
        Json.createObjectBuilder()
            .add("bundle", "BUSINESS_START")
            .add("values", values)
            .add("materialsSeen", materials)
            .build()
            .toString();
    HttpResponse<String> r =
        Http.post(base.resolve("api/bundle-applications"), "hall.xiuyu", body, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r.body()).getString("trackingNo");
  }
}
