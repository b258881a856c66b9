package cn.yicibang.ejb.exchange;

import cn.yicibang.ejb.printing.FormLabels;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.UUID;

/**
 * A notification as a department officer reads it: labelled lines in the page's language, code
 * values in words, times on the district's clock, a change as "old → new". Built from the payload
 * the department's system receives, masked for a list and whole once the officer opens it (which is
 * audited).
 *
 * @param full true when the identity numbers are whole (the officer opened it)
 */
public record NotificationReading(UUID id, boolean full, List<Line> lines) implements Serializable {

  /** One labelled line; {@code depth} indents what belongs to the line above. */
  public record Line(String label, String value, int depth) implements Serializable {}

  /** Keys that carry nothing for a reader (links for systems, ids). */
  private static final Set<String> SKIPPED = Set.of("actions", "taskId", "topic");

  /** Keys whose value is a code of a list the messages translate, and the list's name. */
  private static final Map<String, String> CODES =
      Map.of(
          "sex", "Sex",
          "relationToHead", "RelationToHead",
          "education", "Education",
          "maritalStatus", "MaritalStatus",
          "status", "PersonStatus",
          "item", "RegisterItem",
          "operation", "RegisterOperation");

  /** The names of what a payload holds by code, in the reader's language. */
  interface Names {
    String ethnicity(String code);

    String organisation(String id);

    String material(String code);

    /** The one form's label of a bundle field, or null when the key is none. */
    String field(String key);
  }

  /** Reads a payload. */
  static NotificationReading of(
      UUID id, boolean full, String payload, FormLabels labels, Names names) {
    List<Line> lines = new ArrayList<>();
    JsonObject root;
    try (var reader = Json.createReader(new StringReader(payload))) {
      root = reader.readObject();
    } catch (RuntimeException e) {
      lines.add(new Line("", payload, 0));
      return new NotificationReading(id, full, lines);
    }
    new Reader(labels, names, lines).object(root, 0);
    return new NotificationReading(id, full, lines);
  }

  private record Reader(FormLabels labels, Names names, List<Line> lines) {

    void object(JsonObject o, int depth) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        String key = e.getKey();
        JsonValue v = e.getValue();
        if (SKIPPED.contains(key)
            || v.getValueType() == JsonValue.ValueType.NULL
            || (key.equals("item") && o.containsKey("itemName"))) { // the name says it
          continue;
        }
        if (key.equals("changes") && v instanceof JsonArray changes) {
          lines.add(new Line(label(key), "", depth));
          changes.forEach(c -> change(c.asJsonObject(), depth + 1));
        } else if (v instanceof JsonObject inner) {
          if (!inner.isEmpty()) {
            lines.add(new Line(label(key), "", depth));
            object(inner, depth + 1);
          }
        } else if (v instanceof JsonArray list) {
          if (!list.isEmpty()) {
            List<String> words = new ArrayList<>();
            list.forEach(x -> words.add(value(key, text(x))));
            lines.add(
                new Line(
                    label(key),
                    String.join(labels.bundle().getString("list.separator"), words),
                    depth));
          }
        } else {
          lines.add(new Line(label(key), value(key, text(v)), depth));
        }
      }
    }

    /** A register change: the item, and its old value becoming the new one. */
    void change(JsonObject c, int depth) {
      String item = c.containsKey("item") ? c.getString("item") : "";
      String old = c.isNull("oldValue") ? "" : text(c.get("oldValue"));
      String now = c.isNull("newValue") ? "" : text(c.get("newValue"));
      String when =
          c.containsKey("effectiveOn") ? " (" + day(c.getString("effectiveOn")) + ")" : "";
      lines.add(
          new Line(
              word("enum.RegisterItem." + item, item),
              itemValue(item, old) + " → " + itemValue(item, now) + when,
              depth));
    }

    private String itemValue(String item, String value) {
      if (value.isEmpty()) {
        return "—";
      }
      if (item.equals("ETHNICITY")) {
        return names.ethnicity(value);
      }
      try {
        return labels.itemValue(cn.yicibang.domain.registry.RegisterItem.valueOf(item), value);
      } catch (IllegalArgumentException e) {
        return value;
      }
    }

    private String label(String key) {
      String bundleField = names.field(key);
      if (bundleField != null) {
        return bundleField;
      }
      for (String prefix : new String[] {"person.", "exchange.field."}) {
        try {
          return labels.bundle().getString(prefix + key);
        } catch (MissingResourceException e) {
          // next
        }
      }
      return key;
    }

    private String value(String key, String v) {
      if (CODES.containsKey(key)) {
        return word("enum." + CODES.get(key) + "." + v, v);
      }
      return switch (key) {
        case "ethnicity" -> names.ethnicity(v);
        case "station" -> names.organisation(v);
        case "approvedAt" -> when(v);
        case "birthDate", "statusOn", "dueOn", "effectiveOn" -> day(v);
        case "materialsSeen" -> names.material(v);
        default -> v;
      };
    }

    private String word(String key, String fallback) {
      try {
        return labels.bundle().getString(key);
      } catch (MissingResourceException e) {
        return fallback;
      }
    }

    private String when(String instant) {
      try {
        return Instant.parse(instant)
            .atZone(cn.yicibang.ejb.printing.FormPrinting.DISTRICT_ZONE)
            .format(
                DateTimeFormatter.ofPattern(
                    labels.bundle().getString("format.datetime"), labels.locale()));
      } catch (RuntimeException e) {
        return instant;
      }
    }

    private String day(String iso) {
      try {
        return java.time.LocalDate.parse(iso).format(labels.dateFormat());
      } catch (RuntimeException e) {
        return iso; // a masked date (1990-**-**) stays as masked
      }
    }

    private static String text(JsonValue v) {
      return v instanceof JsonString s ? s.getString() : v.toString();
    }
  }
}
