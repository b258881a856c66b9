package cn.yicibang.web.it;

import cn.yicibang.domain.registry.ResidentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** Makes a test's own residents directly in the database, so tests never share data. */
final class Residents {

  private Residents() {}

  /** A new household with its head; returns the head's identity number. */
  static String newHousehold(DataSource ds, String unit, String name, LocalDate birth, boolean male)
      throws Exception {
    UUID household = UUID.randomUUID();
    try (Connection c = ds.getConnection();
        PreparedStatement h =
            c.prepareStatement(
                "insert into household (id, household_no, kind, address, division_code, registered_on, version)"
                    + " values (?, ?, 'FAMILY', '东庄镇东沁村测试户', ?, ?, 0)")) {
      h.setObject(1, household);
      h.setString(2, "IT" + household.toString().substring(0, 12));
      h.setString(3, unit);
      h.setObject(4, LocalDate.of(2000, 1, 1));
      h.executeUpdate();
    }
    return member(ds, household, name, birth, male, "HEAD");
  }

  /** Another member of the household of {@code headResidentId}. */
  static String member(
      DataSource ds,
      String headResidentId,
      String name,
      LocalDate birth,
      boolean male,
      String relation)
      throws Exception {
    UUID household;
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement("select household_id from person where resident_id = ?")) {
      s.setString(1, headResidentId);
      try (var rs = s.executeQuery()) {
        rs.next();
        household = rs.getObject(1, UUID.class);
      }
    }
    return member(ds, household, name, birth, male, relation);
  }

  private static String member(
      DataSource ds, UUID household, String name, LocalDate birth, boolean male, String relation)
      throws Exception {
    String residentId;
    try (Connection c = ds.getConnection()) {
      while (true) {
        int sequence = 1 + 2 * ThreadLocalRandom.current().nextInt(499) + (male ? 0 : 1);
        residentId = ResidentId.issue("350305", birth, sequence).value();
        try (PreparedStatement p =
            c.prepareStatement(
                "insert into person (id, resident_id, name, sex, ethnicity_code, birth_date, address, household_id,"
                    + " relation_to_head, registered_on, occupation, version)"
                    + " values (?, ?, ?, ?, '01', ?, '东庄镇东沁村测试户', ?, ?, ?, '农民', 0)")) {
          p.setObject(1, UUID.randomUUID());
          p.setString(2, residentId);
          p.setString(3, name);
          p.setString(4, male ? "MALE" : "FEMALE");
          p.setObject(5, birth);
          p.setObject(6, household);
          p.setString(7, relation);
          p.setObject(8, LocalDate.of(2000, 1, 1));
          p.executeUpdate();
          return residentId;
        } catch (java.sql.SQLException duplicate) {
          // the random sequence was taken: draw again
        }
      }
    }
  }
}
