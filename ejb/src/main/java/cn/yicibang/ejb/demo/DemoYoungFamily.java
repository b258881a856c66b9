package cn.yicibang.ejb.demo;

import cn.yicibang.domain.registry.ResidentId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A young married couple in Dongzhuang's Dongqin village whose newborn is not registered yet: the
 * family a hall clerk tries the birth bundle (出生一件事) with. A demo migration of its own, so a demo
 * database made earlier gains them.
 */
public class DemoYoungFamily implements JavaMigration {

  /** The father, head of the household. */
  public static final String FATHER = "林志华";

  /** The mother, his spouse. */
  public static final String MOTHER = "陈小燕";

  private static final LocalDate FATHER_BIRTH = LocalDate.of(1993, 3, 15);
  private static final LocalDate MOTHER_BIRTH = LocalDate.of(1995, 7, 8);

  /**
   * Their identity numbers, as on the cards they bring to the hall. Numbered under the district's
   * code, so they cannot meet a number the generated register drew: it numbers everyone born before
   * 2002 under Putian County's 350321.
   */
  public static final String FATHER_ID = ResidentId.issue("350305", FATHER_BIRTH, 31).value();

  public static final String MOTHER_ID = ResidentId.issue("350305", MOTHER_BIRTH, 32).value();

  /** Their household's number. */
  public static final String HOUSEHOLD_NO = "350305101900026";

  private static final String UNIT = "350305101201001001";
  private static final String ADDRESS = "东庄镇东沁村海滨路26号";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3");
  }

  @Override
  public String getDescription() {
    return "a young family for the birth bundle";
  }

  @Override
  public Integer getChecksum() {
    return 20261201;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    UUID household = UUID.nameUUIDFromBytes("household-young-family".getBytes());
    try (PreparedStatement h =
        c.prepareStatement(
            "insert into household (id, household_no, kind, address, division_code, registered_on,"
                + " version) values (?, ?, 'FAMILY', ?, ?, ?, 0)")) {
      h.setObject(1, household);
      h.setString(2, HOUSEHOLD_NO);
      h.setString(3, ADDRESS);
      h.setString(4, UNIT);
      h.setDate(5, Date.valueOf(LocalDate.of(2019, 10, 8)));
      h.executeUpdate();
    }
    person(c, household, FATHER_ID, FATHER, true, FATHER_BIRTH, "HEAD", "渔船船员");
    person(c, household, MOTHER_ID, MOTHER, false, MOTHER_BIRTH, "SPOUSE", "小学教师");
  }

  private static void person(
      Connection c,
      UUID household,
      String residentId,
      String name,
      boolean male,
      LocalDate birth,
      String relation,
      String occupation)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into person (id, resident_id, name, sex, ethnicity_code, birth_date, birthplace,"
                + " native_place, address, education, marital_status, occupation, household_id,"
                + " relation_to_head, registered_on, version)"
                + " values (?, ?, ?, ?, '01', ?, '福建省莆田市', '福建莆田', ?, 'BACHELOR', 'MARRIED', ?,"
                + " ?, ?, ?, 0)")) {
      p.setObject(1, UUID.nameUUIDFromBytes(residentId.getBytes()));
      p.setString(2, residentId);
      p.setString(3, name);
      p.setString(4, male ? "MALE" : "FEMALE");
      p.setDate(5, Date.valueOf(birth));
      p.setString(6, ADDRESS);
      p.setString(7, occupation);
      p.setObject(8, household);
      p.setString(9, relation);
      p.setDate(10, Date.valueOf(LocalDate.of(2019, 10, 8)));
      p.executeUpdate();
    }
  }
}
