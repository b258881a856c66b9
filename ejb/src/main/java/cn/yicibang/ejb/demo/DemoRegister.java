package cn.yicibang.ejb.demo;

import cn.yicibang.domain.registry.ResidentId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Demonstration residents of Xiuyu District: households in every unit of the seeded villages, with
 * valid identity numbers, and the demo accounts. Deterministic (fixed seed and fixed reference
 * date), so every fresh clone shows the same people. Applied only in the demo configuration, with
 * its own history table (see {@code Migrations}).
 */
public class DemoRegister implements JavaMigration {

  /** Every demo account's password; printed by the run command and the README. */
  public static final String DEMO_PASSWORD = "demo1234";

  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);
  private static final long SEED = 350305L;
  private static final int HOUSEHOLDS_PER_UNIT = 4;

  private static final String[] SURNAMES = {
    "林", "林", "林", "陈", "陈", "陈", "黄", "黄", "郑", "郑", "吴", "李", "王", "张", "刘", "蔡", "许", "朱", "方",
    "翁", "余", "杨", "徐", "周", "宋", "柯", "彭", "卓", "姚", "游"
  };
  private static final String[] MALE = {
    "建", "国", "明", "伟", "志", "文", "华", "金", "荣", "德", "清", "海", "阳", "宇", "俊", "杰", "坤", "鸿", "涛",
    "斌", "峰", "龙", "辉", "勇", "福", "春", "炳", "锦", "振", "添"
  };
  private static final String[] FEMALE = {
    "秀", "英", "美", "丽", "玉", "芳", "燕", "兰", "琴", "霞", "珍", "娟", "婷", "梅", "凤", "惠", "静", "雪", "月",
    "萍", "冰", "淑", "菊", "桂", "碧", "莲", "妹", "琳", "欣", "怡"
  };
  private static final String[] OCCUPATIONS = {
    "渔民", "农民", "个体经营者", "教师", "医生", "护士", "工人", "司机", "公务员", "企业职员", "厨师", "建筑工人", "退休"
  };
  private static final String[] EMPLOYERS = {
    "秀屿区第一中学", "莆田市第二医院", "临港工业园区化工企业", "东庄镇人民政府", "湄洲湾港口物流公司", "个体", null
  };

  /** People named in the seed story, placed in the villages it names. */
  private record Named(
      String name, boolean male, int birthYear, String villageCode, String occupation) {}

  private static final List<Named> NAMED =
      List.of(
          new Named("郑建珍", false, 1978, "350305101201", "农民"),
          new Named("陈秋菊", false, 1941, "350305101201", "退休"),
          new Named("陈淑华", false, 1975, "350305101201", "网格单元长"),
          new Named("郭文林", true, 1950, "350305110201", "退休村干部"),
          new Named("吴建全", true, 1968, "350305104202", "渔民"),
          // a name with a character outside the form font (CJK Extension B): the counter must
          // refuse to print rather than drop it
          new Named("陈𠮷祥", true, 1985, "350305101202", "个体经营者"));

  private final Function<char[], String> passwordHasher;

  public DemoRegister(Function<char[], String> passwordHasher) {
    this.passwordHasher = passwordHasher;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "demo residents and accounts";
  }

  @Override
  public Integer getChecksum() {
    return 20261129;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    new Loader(c, new Random(SEED)).load(units(c));
    accounts(c);
  }

  private static List<String[]> units(Connection c) throws SQLException {
    List<String[]> units = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select u.code, u.name_zh, v.name_zh, t.name_zh from division u"
                    + " join division g on g.code = u.parent_code"
                    + " join division v on v.code = g.parent_code"
                    + " join division t on t.code = v.parent_code"
                    + " where u.level = 'UNIT' order by u.code")) {
      while (rs.next()) {
        units.add(
            new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    return units;
  }

  /** The demo accounts: user name, display name, organisation, role. */
  private static final String[][] ACCOUNT_ROWS = {
    {"clerk.dongzhuang", "林晓燕", "PS-DONGZHUANG", "COUNTER_CLERK"},
    {"clerk.yuetang", "陈志明", "PS-YUETANG", "COUNTER_CLERK"},
    {"head.dongzhuang", "黄国华", "PS-DONGZHUANG", "STATION_HEAD"},
    {"head.yuetang", "郑国平", "PS-YUETANG", "STATION_HEAD"},
    {"approver.xiuyu", "郑伟", "BB-XIUYU", "BUREAU_APPROVER"},
    {"approver.putian", "吴海峰", "CB-PUTIAN", "BUREAU_APPROVER"},
    {"hall.xiuyu", "许丽", "SH-XIUYU", "HALL_CLERK"},
    {"mediator.yuetang", "郭文林", "MS-V110201", "MEDIATOR"},
    {"mediator.dongzhuang", "蔡美玲", "MR-T101", "MEDIATOR"},
    {"officer.medins", "方志强", "DEPT-MEDINS", "DEPARTMENT_OFFICER"},
    {"officer.pension", "翁丽华", "DEPT-PENSION", "DEPARTMENT_OFFICER"},
    {"admin", "系统管理员", "BB-XIUYU", "ADMINISTRATOR"},
  };

  /** The demo user names, for the start-up banner. */
  public static final List<String> ACCOUNTS =
      java.util.stream.Stream.of(ACCOUNT_ROWS, DemoAccounts.HALL, DemoAccounts.MEDIATION)
          .flatMap(java.util.Arrays::stream)
          .map(a -> a[0])
          .toList();

  private void accounts(Connection c) throws SQLException {
    insertAccounts(c, ACCOUNT_ROWS, passwordHasher);
  }

  /** Inserts demo accounts: user name, display name, organisation, role. */
  static void insertAccounts(Connection c, String[][] rows, Function<char[], String> passwordHasher)
      throws SQLException {
    try (PreparedStatement user =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, organisation_id,"
                    + " enabled, version) values (?, ?, ?, ?, true, 0)");
        PreparedStatement role =
            c.prepareStatement("insert into app_user_role (username, role) values (?, ?)")) {
      for (String[] a : rows) {
        user.setString(1, a[0]);
        user.setString(2, a[1]);
        user.setString(3, passwordHasher.apply(DEMO_PASSWORD.toCharArray()));
        user.setString(4, a[2]);
        user.addBatch();
        role.setString(1, a[0]);
        role.setString(2, a[3]);
        role.addBatch();
      }
      user.executeBatch();
      role.executeBatch();
    }
  }

  /** Writes households and their members with plain JDBC batches. */
  private static final class Loader {
    private final Connection c;
    private final Random random;
    private final Set<String> issued = new HashSet<>();
    private final PreparedStatement household;
    private final PreparedStatement person;
    private final PreparedStatement change;
    private int householdSerial;

    Loader(Connection c, Random random) throws SQLException {
      this.c = c;
      this.random = random;
      household =
          c.prepareStatement(
              "insert into household (id, household_no, kind, address, division_code,"
                  + " registered_on, version) values (?, ?, 'FAMILY', ?, ?, ?, 0)");
      person =
          c.prepareStatement(
              "insert into person (id, resident_id, name, former_names, sex, ethnicity_code,"
                  + " birth_date, birthplace, native_place, address, education, marital_status,"
                  + " employer, occupation, household_id, relation_to_head, registered_on, version)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
      change =
          c.prepareStatement(
              "insert into register_change (id, person_id, item, old_value, new_value,"
                  + " effective_on, recorded_at, changed_by, basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void load(List<String[]> units) throws SQLException {
      List<Named> named = new ArrayList<>(NAMED);
      for (String[] unit : units) {
        for (int h = 0; h < HOUSEHOLDS_PER_UNIT; h++) {
          Named first = null;
          for (Named n : named) {
            if (unit[0].startsWith(n.villageCode()) && h == 0) {
              first = n;
              break;
            }
          }
          if (first != null) {
            named.remove(first);
          }
          household(unit, first);
        }
      }
      household.executeBatch();
      person.executeBatch();
      change.executeBatch();
    }

    private void household(String[] unit, Named named) throws SQLException {
      householdSerial++;
      UUID id = UUID.nameUUIDFromBytes(("household-" + householdSerial).getBytes());
      String no = unit[0].substring(0, 9) + String.format("%06d", householdSerial);
      String address = unit[3] + unit[2] + (10 + random.nextInt(180)) + "号";
      LocalDate registered = LocalDate.of(1985 + random.nextInt(30), 1 + random.nextInt(12), 1);
      household.setObject(1, id);
      household.setString(2, no);
      household.setString(3, address);
      household.setString(4, unit[0]);
      household.setDate(5, Date.valueOf(registered));
      household.addBatch();

      String surname = SURNAMES[random.nextInt(SURNAMES.length)];
      boolean headMale = named != null ? named.male() : random.nextInt(10) < 8;
      int headYear = named != null ? named.birthYear() : 1940 + random.nextInt(60);
      String headName = named != null ? named.name() : name(surname, headMale);
      String headSurname = headName.substring(0, 1);
      boolean married = headYear < 1998 && (named != null || random.nextInt(10) < 8);
      member(id, address, registered, headName, headMale, headYear, "HEAD", married, named);
      if (married) {
        String spouseSurname = SURNAMES[random.nextInt(SURNAMES.length)];
        member(
            id,
            address,
            registered,
            name(spouseSurname, !headMale),
            !headMale,
            headYear + random.nextInt(7) - 3,
            "SPOUSE",
            true,
            null);
      }
      if (married) {
        int children = random.nextInt(4);
        for (int k = 0; k < children; k++) {
          boolean male = random.nextBoolean();
          int year = Math.min(headYear + 22 + random.nextInt(14), REFERENCE_DATE.getYear() - 1);
          String childSurname = headMale ? headSurname : SURNAMES[random.nextInt(SURNAMES.length)];
          member(
              id,
              address,
              registered,
              name(childSurname, male),
              male,
              year,
              male ? "SON" : "DAUGHTER",
              year < 1996 && random.nextBoolean(),
              null);
        }
      }
      if (headYear > 1975 && random.nextInt(4) == 0) {
        boolean male = random.nextBoolean();
        member(
            id,
            address,
            registered,
            name(male ? headSurname : SURNAMES[random.nextInt(SURNAMES.length)], male),
            male,
            headYear - 25 - random.nextInt(8),
            male ? "FATHER" : "MOTHER",
            true,
            null);
      }
    }

    private String name(String surname, boolean male) {
      String[] chars = male ? MALE : FEMALE;
      String given = chars[random.nextInt(chars.length)];
      if (random.nextInt(10) < 8) {
        given += chars[random.nextInt(chars.length)];
      }
      return surname + given;
    }

    private void member(
        UUID householdId,
        String address,
        LocalDate householdRegistered,
        String name,
        boolean male,
        int year,
        String relation,
        boolean married,
        Named named)
        throws SQLException {
      LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
      // before Xiuyu District was set up in 2002 numbers were issued under Putian County
      String region = year < 2002 ? "350321" : "350305";
      ResidentId residentId;
      do {
        int sequence = 1 + random.nextInt(499) * 2 + (male ? 0 : 1);
        residentId = ResidentId.issue(region, birth, sequence);
      } while (!issued.add(residentId.value()));
      UUID id = UUID.nameUUIDFromBytes(residentId.value().getBytes());
      int age = REFERENCE_DATE.getYear() - year;
      String occupation =
          named != null
              ? named.occupation()
              : age < 18
                  ? (age < 6 ? null : "学生")
                  : OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
      String education = education(age);
      LocalDate registered =
          birth.isAfter(householdRegistered) ? birth.plusDays(20) : householdRegistered;

      person.setObject(1, id);
      person.setString(2, residentId.value());
      person.setString(3, name);
      person.setString(4, null);
      person.setString(5, male ? "MALE" : "FEMALE");
      person.setString(6, random.nextInt(40) == 0 ? "22" : "01"); // a few She (畲族), as in Fujian
      person.setDate(7, Date.valueOf(birth));
      person.setString(8, "福建省莆田市");
      person.setString(9, "福建莆田");
      person.setString(10, address);
      person.setString(11, education);
      person.setString(12, age < 20 ? "UNMARRIED" : married ? "MARRIED" : "UNMARRIED");
      person.setString(
          13,
          age >= 18 && !"退休".equals(occupation)
              ? EMPLOYERS[random.nextInt(EMPLOYERS.length)]
              : null);
      person.setString(14, occupation);
      person.setObject(15, householdId);
      person.setString(16, relation);
      person.setDate(17, Date.valueOf(registered));
      person.addBatch();

      // about one in eight residents, and everyone named in the seed, has a past change on record
      if (age >= 18 && (named != null || random.nextInt(8) == 0)) {
        String oldOccupation = OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
        if (oldOccupation.equals(occupation)) {
          oldOccupation = "农民".equals(occupation) ? "渔民" : "农民";
        }
        {
          LocalDate on = registered.plusYears(1 + random.nextInt(Math.max(1, age - 17)));
          if (on.isAfter(REFERENCE_DATE)) {
            on = REFERENCE_DATE.minusMonths(2);
          }
          change.setObject(1, UUID.nameUUIDFromBytes(("change-" + residentId.value()).getBytes()));
          change.setObject(2, id);
          change.setString(3, "OCCUPATION");
          change.setString(4, oldOccupation);
          change.setString(5, occupation);
          change.setDate(6, Date.valueOf(on));
          change.setTimestamp(7, Timestamp.from(on.atStartOfDay().toInstant(ZoneOffset.UTC)));
          change.setString(8, "system");
          change.setString(9, "本人申请，户口登记条例第十八条");
          change.addBatch();
        }
      }
    }

    private String education(int age) {
      if (age < 6) {
        return "PRESCHOOL";
      }
      if (age < 12) {
        return "PRIMARY";
      }
      String[] levels = {
        "PRIMARY",
        "JUNIOR_HIGH",
        "JUNIOR_HIGH",
        "HIGH_SCHOOL",
        "SECONDARY_VOCATIONAL",
        "JUNIOR_COLLEGE",
        "BACHELOR",
        "MASTER"
      };
      return levels[random.nextInt(age < 18 ? 3 : levels.length)];
    }
  }
}
