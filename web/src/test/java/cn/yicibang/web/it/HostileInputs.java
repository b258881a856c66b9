package cn.yicibang.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the fuzzing test sends: the values an attacker or a broken client would put into a field,
 * and request bodies shaped by an operation's schema with one thing or several wrong. Valid values
 * from the database are mixed in, so that a malformed body also reaches the code behind a valid
 * case number.
 */
final class HostileInputs {

  /** Strings no field should choke on. */
  static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "' OR '1'='1",
          "'; drop table person; --",
          "1 union select password_hash from app_user",
          "%",
          "_",
          "\\",
          "../../../../etc/passwd",
          "${jndi:ldap://127.0.0.1/x}",
          "#{7*7}",
          "{{7*7}}",
          "\u0000",
          "a\u0000b",
          "\u0001\u0002\u001f\u007f",
          "\r\n\r\nX-Injected: 1",
          "\u202e\u202dabc",
          "\u200b\ufeff",
          "😀🙈",
          "𠮷𡃁𪚥",
          "林𠮷",
          "A".repeat(70_000),
          "秀".repeat(20_000),
          "null",
          "undefined",
          "true",
          "-1",
          "0",
          "9223372036854775808",
          "1e309",
          "NaN",
          "0000-01-01",
          "9999-12-31",
          "2026-02-30",
          "2026-13-01",
          "1900-01-01",
          "2026/11/30",
          "99999-99",
          "000000000000000000",
          "35030519900101123",
          "3503051990010112345",
          "350305199002301234",
          "35030519900101123x",
          "11010519491231002X",
          "350305900101123",
          "ＡＢＣ１２３",
          "00000000-0000-0000-0000-000000000000",
          "not-a-uuid",
          "SELF",
          "HEAD_OF_HOUSEHOLD");

  private final Random random;
  private final Map<String, List<String>> seeds;

  HostileInputs(Random random, Map<String, List<String>> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** A hostile string, or now and then a near-valid identity number made from a real one. */
  String hostile() {
    if (random.nextInt(8) == 0) {
      String id = pick(seeds.getOrDefault("residentId", List.of("350305199001011234")));
      int at = random.nextInt(id.length());
      char wrong = (char) ('0' + (id.charAt(at) - '0' + 1 + random.nextInt(8)) % 10);
      return id.substring(0, at) + wrong + id.substring(at + 1);
    }
    return pick(STRINGS);
  }

  /** A value for a parameter or field: a real one when the database has one, else hostile. */
  String valueFor(String name, boolean plausible) {
    List<String> known = seeds.get(name);
    if (plausible && known != null && !known.isEmpty()) {
      return pick(known);
    }
    return plausible ? pick(List.of("测试", "林海", "2026-11-01", "SELF", "true", "1")) : hostile();
  }

  /** A JSON body for a schema (from the OpenAPI document), with {@code damage} things wrong. */
  JsonValue body(JsonObject schema, Map<String, JsonObject> components, int depth) {
    if (schema == null) {
      return randomJson(2);
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replace("#/components/schemas/", "");
      return body(components.get(name), components, depth);
    }
    String type = schema.getString("type", "object");
    switch (type) {
      case "object" -> {
        JsonObjectBuilder o = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        List<String> names = new ArrayList<>(properties == null ? List.of() : properties.keySet());
        if (names.isEmpty()) {
          names.addAll(
              List.of(
                  "source",
                  "sourceRef",
                  "type",
                  "placeCode",
                  "placeText",
                  "summary",
                  "urgency",
                  "parties",
                  "bodyId",
                  "residentId",
                  "name",
                  "values",
                  "bundle"));
        }
        for (String name : names) {
          int roll = random.nextInt(10);
          if (roll == 0) {
            continue; // missing
          }
          JsonObject field = properties == null ? null : properties.getJsonObject(name);
          if (roll <= 2 || field == null) {
            o.add(name, wrong(field));
          } else if (depth < 3) {
            o.add(name, fieldValue(name, field, components, depth + 1));
          }
        }
        if (random.nextInt(5) == 0) {
          o.add("unexpected" + random.nextInt(100), hostile());
        }
        return o.build();
      }
      case "array" -> {
        JsonArrayBuilder a = Json.createArrayBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(
              depth < 3 ? body(schema.getJsonObject("items"), components, depth + 1) : wrong(null));
        }
        return a.build();
      }
      default -> {
        return fieldValue("", schema, components, depth + 1);
      }
    }
  }

  private JsonValue fieldValue(
      String name, JsonObject field, Map<String, JsonObject> components, int depth) {
    String type = field.getString("type", field.containsKey("$ref") ? "object" : "string");
    return switch (type) {
      case "string" -> Json.createValue(valueFor(name, random.nextBoolean()));
      case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case "integer", "number" ->
          Json.createValue(
              pick(List.of(0L, 1L, -1L, 2L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999L)));
      default -> body(field, components, depth);
    };
  }

  /** A value of the wrong kind for the field. */
  JsonValue wrong(JsonObject field) {
    String type = field == null ? "" : field.getString("type", "");
    return switch (random.nextInt(7)) {
      case 0 -> JsonValue.NULL;
      case 1 -> "boolean".equals(type) ? Json.createValue("yes") : JsonValue.TRUE;
      case 2 -> Json.createValue(random.nextInt(3) == 0 ? 1e300 : -7);
      case 3 -> Json.createArrayBuilder().add(hostile()).add(JsonValue.NULL).build();
      case 4 -> Json.createObjectBuilder().add("x", hostile()).build();
      default -> Json.createValue(hostile());
    };
  }

  private JsonValue randomJson(int depth) {
    if (depth == 0) {
      return Json.createValue(hostile());
    }
    JsonObjectBuilder o = Json.createObjectBuilder();
    for (int i = 0; i < 3; i++) {
      o.add("k" + i, random.nextBoolean() ? randomJson(depth - 1) : wrong(null));
    }
    return o.build();
  }

  /** A body that is not the JSON the operation takes at all. */
  String brokenText() {
    return switch (random.nextInt(8)) {
      case 0 -> "{";
      case 1 -> "{\"a\":";
      case 2 -> "[".repeat(5000) + "]".repeat(5000);
      case 3 -> "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
      case 4 -> "\u0000\u0001\u0002";
      case 5 -> "<xml>" + hostile() + "</xml>";
      case 6 -> "\"" + "A".repeat(1_000_000) + "\"";
      default -> "true";
    };
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
