package cn.yicibang.bench.data;

import cn.yicibang.domain.registry.ResidentId;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A province-sized register, made up deterministically and loaded with COPY: households in the real
 * Xiuyu units (three in ten) and in synthetic towns beyond (each with its police station), their
 * members with valid identity numbers, and history for all three services: change applications
 * decided with their register history, completed one-stop bundles with their tasks, and mediated
 * disputes with parties, sessions and timelines. Household {@code h} and person {@code p} are the
 * same in every run, so the register can be grown in steps (10 k, then 1 M) and what is there is
 * never made again. How much is there is kept in {@code bench_state}.
 */
public final class Generator {

  /** Region of the generated identity numbers; the demo register uses others, so none collide. */
  static final String REGION = "350322";

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate EPOCH = LocalDate.of(1940, 1, 1);
  private static final int BIRTH_DAYS = 29_200;
  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);
  private static final int HOUSEHOLDS_PER_CHUNK = 4_000;
  private static final int[] SIZES = {1, 2, 3, 3, 4, 4, 5};

  /** Synthetic geography: per town 20 villages × 5 grids × 4 units, 20 towns a district. */
  private static final int UNITS_PER_TOWN = 400;

  private static final int HOUSEHOLDS_PER_SYNTHETIC_UNIT = 20;
  private static final int TOWNS_PER_DISTRICT = 20;

  static final String[] SURNAMES = {
    "林", "林", "林", "陈", "陈", "陈", "黄", "黄", "郑", "郑", "吴", "李", "王", "张", "刘", "蔡", "许", "朱", "方",
    "翁", "余", "杨", "徐", "周", "宋", "柯", "彭", "卓", "姚", "游", "郭", "潘", "何", "康", "傅", "施", "江"
  };
  static final String[] MALE = {
    "建", "国", "明", "伟", "志", "文", "华", "金", "荣", "德", "清", "海", "阳", "宇", "俊", "杰", "坤", "鸿", "涛",
    "斌", "峰", "龙", "辉", "勇", "福", "春", "炳", "锦", "振", "添", "泉", "辰", "平", "强", "远", "鑫"
  };
  static final String[] FEMALE = {
    "秀", "英", "美", "丽", "玉", "芳", "燕", "兰", "琴", "霞", "珍", "娟", "婷", "梅", "凤", "惠", "静", "雪", "月",
    "萍", "冰", "淑", "菊", "桂", "碧", "莲", "妹", "琳", "欣", "怡", "佳", "颖", "蓉", "红", "洁", "倩"
  };

  /** Characters of CJK Extension B that real names carry (one name in 2,000 here). */
  private static final String[] RARE = {"𠮷", "𡒄", "𪚥", "𠇔", "𤧛"};

  private static final String[] OCCUPATIONS = {
    "渔民", "农民", "个体经营者", "教师", "医生", "护士", "工人", "司机", "公务员", "企业职员", "厨师", "建筑工人", "退休"
  };
  private static final String[] EDUCATION = {
    "BACHELOR", "JUNIOR_COLLEGE", "HIGH_SCHOOL", "JUNIOR_HIGH", "PRIMARY", "SECONDARY_VOCATIONAL"
  };
  private static final String[] RELATIONS = {"HEAD", "SPOUSE", "SON", "DAUGHTER", "MOTHER"};

  /** A place households live in: a unit, its village's and town's names, its station. */
  record Unit(String code, String town, String village, String station) {}

  /** A village disputes happen in, with the body first handed them and its level. */
  record Place(String village, String station, String body, String level) {}

  private final Connection c;
  private final List<Unit> real = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<String> ethnicities = new ArrayList<>();
  private final List<String> disputeTypes = new ArrayList<>();
  private final List<String[]> bundleTasks = new ArrayList<>();
  private String bundleVersion;
  private final Map<String, Long> state = new HashMap<>();

  public Generator(Connection c) throws SQLException {
    this.c = c;
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists bench_state (name varchar(40) primary key, value bigint not"
              + " null)");
    }
    c.commit();
    readReferenceData();
  }

  private void readReferenceData() throws SQLException {
    Map<String, String> stationOfTown = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select j.division_code, o.id from organisation_jurisdiction j join organisation o"
                  + " on o.id = j.organisation_id where o.kind = 'POLICE_STATION'")) {
        while (rs.next()) {
          stationOfTown.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select u.code, t.name_zh, v.name_zh, t.code from division u"
                  + " join division g on g.code = u.parent_code"
                  + " join division v on v.code = g.parent_code"
                  + " join division t on t.code = v.parent_code"
                  + " where u.level = 'UNIT' and u.code like '350305%' order by u.code")) {
        while (rs.next()) {
          real.add(
              new Unit(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  stationOfTown.get(rs.getString(4))));
        }
      }
      Map<String, String[]> bodyAt = new HashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "select o.seat_code, b.organisation_id, b.level from mediation_body b join"
                  + " organisation o on o.id = b.organisation_id where b.kind = 'COMMITTEE'")) {
        while (rs.next()) {
          bodyAt.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select code, parent_code from division where level = 'VILLAGE' and code like"
                  + " '350305%' order by code")) {
        while (rs.next()) {
          String village = rs.getString(1);
          String town = rs.getString(2);
          String[] body = bodyAt.getOrDefault(village, bodyAt.get(town));
          String station = stationOfTown.get(town);
          if (body != null && station != null) {
            places.add(new Place(village, station, body[0], body[1]));
          }
        }
      }
      try (ResultSet rs = s.executeQuery("select code from ethnicity order by code")) {
        while (rs.next()) {
          ethnicities.add(rs.getString(1));
        }
      }
      try (ResultSet rs = s.executeQuery("select code from dispute_type order by sort_order")) {
        while (rs.next()) {
          disputeTypes.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select v.id, i.id, i.department_id from bundle_version v join bundle_item i on"
                  + " i.version_id = v.id where v.bundle_code = 'BIRTH' and v.status = 'PUBLISHED'"
                  + " and i.department_id is not null order by i.sort_order")) {
        while (rs.next()) {
          bundleVersion = rs.getString(1);
          bundleTasks.add(new String[] {rs.getString(2), rs.getString(3)});
        }
      }
      try (ResultSet rs = s.executeQuery("select name, value from bench_state")) {
        while (rs.next()) {
          state.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    c.commit();
  }

  public long residents() {
    return state.getOrDefault("persons", 0L);
  }

  public long disputes() {
    return state.getOrDefault("disputes", 0L);
  }

  /** A figure kept in {@code bench_state}, 0 when never kept. */
  public long state(String name) {
    return state.getOrDefault(name, 0L);
  }

  /** Keeps a figure in {@code bench_state}. */
  public void mark(String name, long value) throws SQLException {
    save(name, value);
    c.commit();
  }

  /** Tables to load residents into: the real ones, or same-shaped copies for a measurement. */
  public record Tables(String household, String person) {
    public static final Tables REGISTER = new Tables("household", "person");
  }

  /** What one load wrote. */
  public record Loaded(long households, long persons, long otherRows, double seconds) {}

  /**
   * Grows the register to {@code persons} residents with the services' history. Returns what was
   * added (nothing when it is already that large).
   */
  public Loaded growRegister(long persons) throws SQLException, IOException {
    long start = System.nanoTime();
    long h = state.getOrDefault("households", 0L);
    long p = residents();
    long h0 = h;
    long p0 = p;
    long other = 0;
    CopyRows households = households(Tables.REGISTER.household());
    CopyRows people = persons(Tables.REGISTER.person());
    History history = new History();
    while (p < persons) {
      long chunkEnd = h + HOUSEHOLDS_PER_CHUNK;
      ensureSyntheticUnits(chunkEnd);
      while (h < chunkEnd && p < persons) {
        p = household(h, p, households, people, history);
        h++;
      }
      households.send(c);
      people.send(c);
      other += history.send(c);
      save("households", h);
      save("persons", p);
      c.commit();
      progress("register", p, persons);
    }
    return new Loaded(h - h0, p - p0, other, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Loads households and persons {@code [0, persons)} into the given tables, without history: the
   * generator's own cost, for comparison with COPY of the same rows.
   */
  public Loaded loadResidentsInto(Tables tables, long persons) throws SQLException, IOException {
    long start = System.nanoTime();
    CopyRows households = households(tables.household());
    CopyRows people = persons(tables.person());
    long h = 0;
    long p = 0;
    ensureSyntheticUnitsFor(persons);
    while (p < persons) {
      long chunkEnd = h + HOUSEHOLDS_PER_CHUNK;
      while (h < chunkEnd && p < persons) {
        p = household(h, p, households, people, null);
        h++;
      }
      households.send(c);
      people.send(c);
      c.commit();
    }
    return new Loaded(h, p, 0, (System.nanoTime() - start) / 1e9);
  }

  /** Makes sure the synthetic units that households up to {@code persons} need exist. */
  public void ensureSyntheticUnitsFor(long persons) throws SQLException {
    ensureSyntheticUnits(persons / 2 + HOUSEHOLDS_PER_CHUNK);
  }

  static CopyRows households(String table) {
    return new CopyRows(
        table, "id, household_no, kind, address, division_code, registered_on, version");
  }

  static CopyRows persons(String table) {
    return new CopyRows(
        table,
        "id, resident_id, name, former_names, sex, ethnicity_code, birth_date, birthplace,"
            + " native_place, address, education, marital_status, employer, occupation,"
            + " household_id, relation_to_head, registered_on, version");
  }

  /** Household h with its members from person p on; returns the next person's index. */
  private long household(long h, long p, CopyRows households, CopyRows people, History history) {
    SplittableRandom r = new SplittableRandom(0x5eed_0000L ^ (h * 0x9E3779B97F4A7C15L));
    Unit unit = unitOf(h);
    UUID id = new UUID(0x4855_0000_0000_0000L | (h >>> 16), h);
    String address = unit.town() + unit.village() + (1 + r.nextInt(400)) + "号";
    LocalDate registered = REFERENCE.minusDays(r.nextInt(9000));
    households
        .add(id)
        .add(String.format(Locale.ROOT, "9%014d", h))
        .add("FAMILY")
        .add(address)
        .add(unit.code())
        .add(registered)
        .add(0);
    households.end();
    int size = SIZES[r.nextInt(SIZES.length)];
    String surname = SURNAMES[r.nextInt(SURNAMES.length)];
    for (int m = 0; m < size; m++, p++) {
      person(p, m, surname, id, address, registered, unit, r, people, history);
    }
    if (history != null && h % 50 == 7) {
      history.bundle(h, p - size, r);
    }
    return p;
  }

  /** The identity number of person p: a birth day and an odd (male) or even sequence. */
  static ResidentId residentId(long p) {
    int day = (int) (p % BIRTH_DAYS);
    long block = p / BIRTH_DAYS;
    int sequence = (int) (block * 2 + (day % 2) + 1);
    return ResidentId.issue(REGION, EPOCH.plusDays(day), sequence);
  }

  static boolean male(long p) {
    return (p % BIRTH_DAYS) % 2 == 0;
  }

  static UUID personId(long p) {
    return new UUID(0x5045_0000_0000_0000L | (p >>> 16), p);
  }

  private void person(
      long p,
      int member,
      String surname,
      UUID household,
      String address,
      LocalDate registered,
      Unit unit,
      SplittableRandom r,
      CopyRows people,
      History history) {
    boolean male = male(p);
    String[] given = male ? MALE : FEMALE;
    StringBuilder name =
        new StringBuilder(member == 1 ? SURNAMES[r.nextInt(SURNAMES.length)] : surname);
    name.append(given[r.nextInt(given.length)]);
    if (r.nextInt(3) > 0) {
      name.append(given[r.nextInt(given.length)]);
    }
    if (r.nextInt(2000) == 0) {
      name.append(RARE[r.nextInt(RARE.length)]);
    }
    ResidentId rid = residentId(p);
    LocalDate birth = EPOCH.plusDays(p % BIRTH_DAYS);
    String occupation = OCCUPATIONS[r.nextInt(OCCUPATIONS.length)];
    people
        .add(personId(p))
        .add(rid.value())
        .add(name)
        .add(null)
        .add(male ? "MALE" : "FEMALE")
        .add(r.nextInt(100) < 98 ? "01" : ethnicities.get(r.nextInt(ethnicities.size())))
        .add(birth)
        .add("福建省莆田市")
        .add("福建省莆田市")
        .add(address)
        .add(EDUCATION[r.nextInt(EDUCATION.length)])
        .add(birth.isBefore(REFERENCE.minusYears(25)) ? "MARRIED" : "UNMARRIED")
        .add(null)
        .add(occupation)
        .add(household)
        .add(RELATIONS[Math.min(member, RELATIONS.length - 1)])
        .add(registered)
        .add(0);
    people.end();
    if (history != null && p % 25 == 3) {
      history.change(p, rid, name.toString(), occupation, unit.station(), r);
    }
  }

  private Unit unitOf(long h) {
    if (h % 10 < 3) {
      return real.get((int) ((h * 7919) % real.size()));
    }
    long synthetic = h - (h / 10) * 3 - Math.min(h % 10, 3);
    return syntheticUnit(synthetic / HOUSEHOLDS_PER_SYNTHETIC_UNIT);
  }

  private static String districtCode(long d) {
    return String.format(Locale.ROOT, "3599%02d", d);
  }

  private static String townCode(long t) {
    return districtCode(t / TOWNS_PER_DISTRICT) + (100 + t % TOWNS_PER_DISTRICT);
  }

  private static Unit syntheticUnit(long u) {
    long t = u / UNITS_PER_TOWN;
    int inTown = (int) (u % UNITS_PER_TOWN);
    String town = townCode(t);
    String village = town + (200 + inTown / 20);
    String grid = village + String.format(Locale.ROOT, "%03d", 1 + (inTown % 20) / 4);
    String unit = grid + String.format(Locale.ROOT, "%03d", 1 + inTown % 4);
    return new Unit(unit, "合成" + (t + 1) + "镇", (inTown / 20 + 1) + "村", "PS-S" + town);
  }

  /** Creates the divisions and stations of synthetic towns up to the one household h needs. */
  private void ensureSyntheticUnits(long households) throws SQLException {
    long syntheticHouseholds = households - households / 10 * 3;
    long towns = syntheticHouseholds / HOUSEHOLDS_PER_SYNTHETIC_UNIT / UNITS_PER_TOWN + 1;
    long have = state.getOrDefault("synthetic_towns", 0L);
    if (towns <= have) {
      return;
    }
    try (PreparedStatement division =
            c.prepareStatement(
                "insert into division (code, level, name_zh, name_en, parent_code) values (?, ?,"
                    + " ?, ?, ?) on conflict do nothing");
        PreparedStatement organisation =
            c.prepareStatement(
                "insert into organisation (id, kind, name_zh, name_en, seat_code, parent_id)"
                    + " values (?, 'POLICE_STATION', ?, ?, ?, 'BB-XIUYU') on conflict do"
                    + " nothing");
        PreparedStatement jurisdiction =
            c.prepareStatement(
                "insert into organisation_jurisdiction (organisation_id, division_code) values"
                    + " (?, ?) on conflict do nothing")) {
      for (long t = have; t < towns; t++) {
        String district = districtCode(t / TOWNS_PER_DISTRICT);
        add(division, district, "DISTRICT", "合成" + (t / TOWNS_PER_DISTRICT + 1) + "区", "350300");
        String town = townCode(t);
        add(division, town, "TOWN", "合成" + (t + 1) + "镇", district);
        division.executeBatch();
        organisation.setString(1, "PS-S" + town);
        organisation.setString(2, "合成" + (t + 1) + "镇派出所");
        organisation.setString(3, "Synthetic town " + (t + 1) + " police station");
        organisation.setString(4, town);
        organisation.executeUpdate();
        jurisdiction.setString(1, "PS-S" + town);
        jurisdiction.setString(2, town);
        jurisdiction.executeUpdate();
        for (int u = 0; u < UNITS_PER_TOWN; u++) {
          Unit unit = syntheticUnit(t * UNITS_PER_TOWN + u);
          String grid = unit.code().substring(0, 15);
          String village = unit.code().substring(0, 12);
          if (u % 20 == 0) {
            add(division, village, "VILLAGE", unit.village(), town);
          }
          if (u % 4 == 0) {
            add(division, grid, "GRID", unit.village() + "第" + (1 + (u % 20) / 4) + "网格", village);
          }
          add(division, unit.code(), "UNIT", "第" + (1 + u % 4) + "单元", grid);
        }
        division.executeBatch();
      }
    }
    save("synthetic_towns", towns);
    c.commit();
  }

  private static void add(
      PreparedStatement s, String code, String level, String name, String parent)
      throws SQLException {
    s.setString(1, code);
    s.setString(2, level);
    s.setString(3, name);
    s.setString(4, name);
    s.setString(5, parent);
    s.addBatch();
  }

  private void save(String name, long value) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bench_state (name, value) values (?, ?) on conflict (name) do update set"
                + " value = excluded.value")) {
      s.setString(1, name);
      s.setLong(2, value);
      s.executeUpdate();
    }
    state.put(name, value);
  }

  private static void progress(String what, long done, long of) {
    System.out.printf(Locale.ROOT, "\r  %s: %,d of %,d", what, done, of);
    if (done >= of) {
      System.out.println();
    }
  }

  /**
   * Grows the mediated disputes to {@code count}, spread over the last five years in the real Xiuyu
   * villages (the district whose supervisor reads the dashboard).
   */
  public Loaded growDisputes(long count) throws SQLException, IOException {
    long start = System.nanoTime();
    long d = disputes();
    long d0 = d;
    Disputes rows = new Disputes();
    long sent = 0;
    while (d < count) {
      long end = Math.min(count, d + 10_000);
      for (; d < end; d++) {
        rows.dispute(d, count);
      }
      sent += rows.send(c);
      save("disputes", d);
      c.commit();
      progress("disputes", d, count);
    }
    return new Loaded(0, 0, sent, (System.nanoTime() - start) / 1e9);
  }

  /** Decided change applications and completed bundles, written beside the register. */
  private final class History {
    final CopyRows applications =
        new CopyRows(
            "change_application",
            "id, station_id, person_id, applicant_relation, applicant_name, applicant_resident_id,"
                + " minor, reason, status, acceptance_no, accepted_at, due_on, time_limit_days,"
                + " final_level, created_by, created_at, decided_at, version");
    final CopyRows items =
        new CopyRows(
            "change_application_item",
            "id, application_id, item, item_class, old_value, new_value");
    final CopyRows steps =
        new CopyRows("change_step", "id, application_id, seq, at, actor, kind, level, note");
    final CopyRows changes =
        new CopyRows(
            "register_change",
            "id, person_id, item, old_value, new_value, effective_on, recorded_at, changed_by,"
                + " basis");
    final CopyRows bundles =
        new CopyRows(
            "bundle_application",
            "id, tracking_no, version_id, hall_id, status, applicant_name, applicant_resident_id,"
                + " due_on, created_by, created_at, completed_at, version");
    final CopyRows tasks =
        new CopyRows(
            "bundle_task",
            "id, application_id, item_id, department_id, status, send_round, due_on, sent_at,"
                + " accepted_at, accepted_by, completed_at, completed_by, result_ref, version");
    final CopyRows events =
        new CopyRows(
            "bundle_event",
            "application_id, seq, at, actor, organisation_id, item_code, kind, note");

    void change(
        long p,
        ResidentId rid,
        String name,
        String occupation,
        String station,
        SplittableRandom r) {
      UUID id = new UUID(0x4348_0000_0000_0000L | (p >>> 16), p);
      Instant accepted =
          REFERENCE.minusDays(1 + r.nextInt(2500)).atTime(9, 0).atZone(CHINA).toInstant();
      Instant decided = accepted.plus(3 + r.nextInt(10), ChronoUnit.DAYS);
      String old = OCCUPATIONS[r.nextInt(OCCUPATIONS.length)];
      applications
          .add(id)
          .add(station)
          .add(personId(p))
          .add("SELF")
          .add(name)
          .add(rid.value())
          .add(false)
          .add("职业信息变更")
          .add("APPROVED")
          .add("HIST-" + p)
          .add(accepted)
          .add(LocalDate.ofInstant(accepted, CHINA).plusDays(28))
          .add(20)
          .add("STATION")
          .add("history")
          .add(accepted)
          .add(decided)
          .add(0);
      applications.end();
      items.add(new UUID(0x4349_0000_0000_0000L, p)).add(id).add("OCCUPATION").add("MINOR");
      items.add(old).add(occupation);
      items.end();
      int seq = 0;
      for (String kind : new String[] {"CREATED", "ACCEPTED", "APPROVED", "REGISTER_CHANGED"}) {
        Instant at =
            kind.equals("APPROVED") || kind.equals("REGISTER_CHANGED") ? decided : accepted;
        steps
            .add(new UUID(0x4353_0000_0000_0000L | seq, p))
            .add(id)
            .add(seq++)
            .add(at)
            .add("history")
            .add(kind)
            .add(kind.equals("APPROVED") ? "STATION" : null)
            .add(null);
        steps.end();
      }
      changes
          .add(new UUID(0x5243_0000_0000_0000L, p))
          .add(personId(p))
          .add("OCCUPATION")
          .add(old)
          .add(occupation)
          .add(LocalDate.ofInstant(decided, CHINA))
          .add(decided)
          .add("history")
          .add("HIST-" + p);
      changes.end();
    }

    void bundle(long h, long firstPerson, SplittableRandom r) {
      if (bundleVersion == null) {
        return;
      }
      UUID id = new UUID(0x4255_0000_0000_0000L | (h >>> 16), h);
      Instant created =
          REFERENCE.minusDays(1 + r.nextInt(1500)).atTime(10, 0).atZone(CHINA).toInstant();
      Instant completed = created.plus(2 + r.nextInt(8), ChronoUnit.DAYS);
      bundles
          .add(id)
          .add("HISTB-" + h)
          .add(bundleVersion)
          .add("SH-XIUYU")
          .add("COMPLETED")
          .add("申请人" + h)
          .add(residentId(firstPerson).value())
          .add(LocalDate.ofInstant(created, CHINA).plusDays(15))
          .add("history")
          .add(created)
          .add(completed)
          .add(0);
      bundles.end();
      int seq = 0;
      events.add(id).add(seq++).add(created).add("history").add("SH-XIUYU").add(null);
      events.add("SUBMITTED").add(null);
      events.end();
      for (int i = 0; i < bundleTasks.size(); i++) {
        String[] t = bundleTasks.get(i);
        tasks
            .add(new UUID(0x4254_0000_0000_0000L | i, h))
            .add(id)
            .add(t[0])
            .add(t[1])
            .add("COMPLETED")
            .add(1)
            .add(LocalDate.ofInstant(created, CHINA).plusDays(10))
            .add(created)
            .add(created.plusSeconds(3600))
            .add("history")
            .add(completed)
            .add("history")
            .add("HIST-" + h + "-" + i)
            .add(0);
        tasks.end();
      }
      events.add(id).add(seq).add(completed).add("history").add("SH-XIUYU").add(null);
      events.add("BUNDLE_COMPLETED").add(null);
      events.end();
    }

    long send(Connection c) throws SQLException, IOException {
      long n = 0;
      for (CopyRows rows : List.of(applications, items, steps, changes, bundles, tasks, events)) {
        n += rows.send(c);
      }
      return n;
    }
  }

  /** Mediated disputes with parties, sessions and timelines, as the figures count them. */
  private final class Disputes {
    final CopyRows cases =
        new CopyRows(
            "dispute_case",
            "id, case_no, station_id, source, source_ref, dispute_type, place_code, place_text,"
                + " summary, urgency, status, body_id, body_level, first_body_id, received_at,"
                + " received_by, handed_over_at, accept_due_at, accepted_at, agreement_kind,"
                + " agreement_facts, agreement_matters, agreement_content, performance_manner,"
                + " performance_due, settled_at, confirmation_due, referral, referral_note,"
                + " follow_up_due, follow_up_result, followed_up_at, closed_at, version");
    final CopyRows parties =
        new CopyRows(
            "dispute_party",
            "case_id, seq, role, name, resident_id, id_kind, id_number, sex, phone, address,"
                + " consent");
    final CopyRows rounds =
        new CopyRows(
            "mediation_round",
            "case_id, seq, body_level, body_id, held_on, mediators, attendees, record_text,"
                + " result, recorded_by, recorded_at");
    final CopyRows events =
        new CopyRows("dispute_event", "case_id, seq, at, actor, organisation_id, kind, note");

    void dispute(long d, long count) {
      SplittableRandom r = new SplittableRandom(0xd15b_0000L ^ (d * 0x9E3779B97F4A7C15L));
      Place place = places.get(r.nextInt(places.size()));
      UUID id = new UUID(0x4449_0000_0000_0000L | (d >>> 16), d);
      long minutesBack = 5L * 365 * 24 * 60;
      Instant received =
          REFERENCE
              .atTime(8, 30)
              .atZone(CHINA)
              .toInstant()
              .minus(minutesBack - minutesBack * d / Math.max(1, count), ChronoUnit.MINUTES);
      Instant accepted = received.plusSeconds(1800 + r.nextInt(18 * 3600));
      boolean settled = r.nextInt(100) < 86;
      int sessions = settled ? 1 + r.nextInt(3) : Math.min(4, capOf(place.level()));
      Instant concluded = accepted.plus(1 + r.nextInt(12), ChronoUnit.DAYS);
      LocalDate settledOn = LocalDate.ofInstant(concluded, CHINA);
      String a = SURNAMES[r.nextInt(SURNAMES.length)] + MALE[r.nextInt(MALE.length)] + "某";
      String b = SURNAMES[r.nextInt(SURNAMES.length)] + FEMALE[r.nextInt(FEMALE.length)] + "某";
      String type = disputeTypes.get(r.nextInt(disputeTypes.size()));
      cases
          .add(id)
          .add("TJG-" + d)
          .add(place.station())
          .add("CALL")
          .add("110-G" + d)
          .add(type)
          .add(place.village())
          .add("村道旁")
          .add(a + "与" + b + "发生纠纷，民警到场后双方同意调解。")
          .add("NORMAL")
          .add(settled ? "CLOSED" : "REFERRED")
          .add(place.body())
          .add(place.level())
          .add(place.body())
          .add(received)
          .add("history")
          .add(received)
          .add(received.plusSeconds(86400))
          .add(accepted)
          .add(settled ? "WRITTEN" : null)
          .add(settled ? "双方因相邻事项发生争执。" : null)
          .add(settled ? "双方各负相应责任。" : null)
          .add(settled ? "双方互谅互让，达成和解。" : null)
          .add(settled ? "当面履行，调委会见证。" : null)
          .add(settled ? settledOn.plusDays(7) : null)
          .add(settled ? concluded : null)
          .add(settled ? settledOn.plusDays(30) : null)
          .add(settled ? null : "LITIGATION")
          .add(settled ? null : "已告知双方可向人民法院提起诉讼。")
          .add(settled ? settledOn.plusDays(7) : null)
          .add(settled ? "PERFORMED" : null)
          .add(settled ? concluded.plus(7, ChronoUnit.DAYS) : null)
          .add(settled ? concluded.plus(7, ChronoUnit.DAYS) : concluded)
          .add(0);
      cases.end();
      party(id, 0, "APPLICANT", a, d * 2);
      party(id, 1, "RESPONDENT", b, d * 2 + 1);
      int seq = 0;
      seq = event(id, seq, received, place.station(), "RECEIVED", null);
      seq = event(id, seq, received, place.station(), "HANDED_OVER", null);
      seq = event(id, seq, accepted, place.body(), "ACCEPTED", null);
      for (int i = 0; i < sessions; i++) {
        boolean last = i == sessions - 1;
        String result = settled && last ? "SETTLED" : "NOT_SETTLED";
        Instant held =
            accepted.plusMillis(
                java.time.Duration.between(accepted, concluded).toMillis() * i / sessions);
        rounds
            .add(id)
            .add(i)
            .add(place.level())
            .add(place.body())
            .add(LocalDate.ofInstant(held, CHINA))
            .add("调解员")
            .add(a + "、" + b)
            .add("双方陈述意见，调解员释明有关规定。")
            .add(result)
            .add("history")
            .add(held);
        rounds.end();
        seq =
            event(
                id, seq, held, place.body(), "ROUND", place.level() + " " + (i + 1) + " " + result);
      }
      if (settled) {
        seq = event(id, seq, concluded, place.body(), "SETTLED", "WRITTEN");
        seq = event(id, seq, concluded, place.body(), "OUTCOME_REPORTED", "SETTLED");
        Instant visit = concluded.plus(7, ChronoUnit.DAYS);
        seq = event(id, seq, visit, place.body(), "FOLLOWED_UP", "PERFORMED");
        event(id, seq, visit, place.body(), "CLOSED", null);
      } else {
        seq = event(id, seq, concluded, place.body(), "REFERRED", "LITIGATION");
        event(id, seq, concluded, place.body(), "OUTCOME_REPORTED", "REFERRED");
      }
    }

    private int capOf(String level) {
      return switch (level) {
        case "VILLAGE" -> 4;
        case "TOWN" -> 3;
        default -> 2;
      };
    }

    private void party(UUID id, int seq, String role, String name, long number) {
      parties.add(id).add(seq).add(role).add(name).add(null).add("OTHER");
      parties.add(String.format(Locale.ROOT, "GEN%09d", number));
      parties.add(null).add(null).add(null).add(true);
      parties.end();
    }

    private int event(UUID id, int seq, Instant at, String org, String kind, String note) {
      events.add(id).add(seq).add(at).add("history").add(org).add(kind).add(note);
      events.end();
      return seq + 1;
    }

    long send(Connection c) throws SQLException, IOException {
      long n = 0;
      for (CopyRows rows : List.of(cases, parties, rounds, events)) {
        n += rows.send(c);
      }
      return n;
    }
  }
}
