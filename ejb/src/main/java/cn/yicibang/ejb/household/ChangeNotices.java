package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.ejb.exchange.Outbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/**
 * The notification a department receives about an approved change, birth or death: the person's
 * current record (after the change, so a surname change never carries the old name as current, and
 * a death carries the status and its date) and the diff, under the acceptance number. The payload
 * is the same on every attempt.
 */
final class ChangeNotices {

  private ChangeNotices() {}

  /** The topic departments subscribe to for each register operation. */
  static String topic(RegisterOperation operation) {
    return switch (operation) {
      case ITEM_CHANGE -> Outbox.HOUSEHOLD_CHANGE;
      case BIRTH -> Outbox.BIRTH_REGISTERED;
      case DEATH -> Outbox.DEATH_REGISTERED;
      case MOVE_WITHIN -> Outbox.HOUSEHOLD_MOVED;
      case MOVE_OUT -> Outbox.MOVED_OUT;
      case MOVE_IN -> Outbox.MOVED_IN;
      case HEAD_CHANGE, RELATION_CHANGE -> Outbox.HOUSEHOLD_RELATIONS;
    };
  }

  static String payload(
      ChangeApplication a, Person p, List<RegisterChange> changes, Instant approvedAt) {
    JsonArrayBuilder diff = Json.createArrayBuilder();
    for (RegisterChange c : changes) {
      JsonObjectBuilder d =
          Json.createObjectBuilder()
              .add("residentId", c.person().residentId().value())
              .add("item", c.item().name());
      add(d, "oldValue", c.oldValue());
      add(d, "newValue", c.newValue());
      diff.add(d.add("effectiveOn", c.effectiveOn().toString()));
    }
    JsonObjectBuilder person = Json.createObjectBuilder();
    add(person, "residentId", p.residentId().value());
    add(person, "name", p.name());
    add(person, "formerNames", p.formerNames());
    add(person, "sex", p.sex().name());
    add(person, "ethnicity", p.ethnicity().code());
    add(person, "birthDate", p.birthDate().toString());
    add(person, "birthplace", p.birthplace());
    add(person, "nativePlace", p.nativePlace());
    add(person, "address", p.address());
    add(person, "education", p.education() == null ? null : p.education().name());
    add(person, "maritalStatus", p.maritalStatus() == null ? null : p.maritalStatus().name());
    add(person, "employer", p.employer());
    add(person, "occupation", p.occupation());
    add(person, "householdNo", p.household().householdNo());
    add(person, "relationToHead", p.relationToHead().name());
    add(person, "status", p.status().name());
    add(person, "statusOn", p.statusOn() == null ? null : p.statusOn().toString());
    return Json.createObjectBuilder()
        .add("topic", topic(a.operation()))
        .add("operation", a.operation().name())
        .add("acceptanceNo", a.acceptanceNo())
        .add("station", a.station().id())
        .add("approvedAt", approvedAt.toString())
        .add("person", person)
        .add("changes", diff)
        .build()
        .toString();
  }

  private static void add(JsonObjectBuilder b, String key, String value) {
    if (value == null) {
      b.addNull(key);
    } else {
      b.add(key, value);
    }
  }
}
