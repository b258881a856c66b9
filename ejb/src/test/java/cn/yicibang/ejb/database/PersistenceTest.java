package cn.yicibang.ejb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.StepKind;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.HouseholdKind;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.domain.security.UserAccount;
import cn.yicibang.ejb.database.TestDatabases.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations and the entity mappings together, on H2 and on PostgreSQL: the schema comes only
 * from Flyway, and the application's own persistence unit must read and write it.
 */
class PersistenceTest {

  private EntityManagerFactory emf;

  private TestDatabase open(String kind) throws Exception {
    if ("postgresql".equals(kind) && TestDatabases.pgUrl() == null) {
      String message =
          "PostgreSQL run SKIPPED: no PostgreSQL configured. Set "
              + TestDatabases.PG_URL
              + " (and _USER, _PASSWORD) to run the persistence tests on PostgreSQL; .ci/run does.";
      System.out.println("*** " + message);
      // CI installs everything (YICIBANG_TEST_REQUIRE_ALL=true in .ci/run): a skip there would
      // hide a missing install step behind a green run
      if ("true".equals(System.getenv("YICIBANG_TEST_REQUIRE_ALL"))) {
        org.junit.jupiter.api.Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    TestDatabase db = TestDatabases.fresh(kind);
    ClassLoader loader = getClass().getClassLoader();
    Migrations.schema(db.dataSource(), loader).migrate();
    Migrations.demo(db.dataSource(), loader, password -> "not-a-real-hash").migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "yicibang", TestDatabases.persistenceOverrides(db.dataSource()));
    return db;
  }

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cn.yicibang.ejb.database.TestDatabases#kinds")
  void migrationsBuildTheSchemaAndDemoDataLoadsValidResidents(String kind) throws Exception {
    open(kind);
    try (EntityManager em = emf.createEntityManager()) {
      long persons = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
      assertThat(persons).isGreaterThanOrEqualTo(2000);
      // every stored number passes the converter's validation when read back
      List<Person> all = em.createQuery("select p from Person p", Person.class).getResultList();
      assertThat(all)
          .allSatisfy(
              p -> {
                assertThat(ResidentId.isValid(p.residentId().value())).isTrue();
                assertThat(p.residentId().birthDate()).isEqualTo(p.birthDate());
                assertThat(p.residentId().sex()).isEqualTo(p.sex());
              });
      Organisation dongzhuang = em.find(Organisation.class, "PS-DONGZHUANG");
      assertThat(dongzhuang.covers(DivisionCode.of("350305101201001001"))).isTrue();
      assertThat(dongzhuang.covers(DivisionCode.of("350305110201001001"))).isFalse();
      assertThat(em.find(UserAccount.class, "clerk.dongzhuang").organisation())
          .isEqualTo(dongzhuang);
      assertThat(
              em.createQuery(
                      "select count(o) from Organisation o where o.kind = cn.yicibang.domain.organisation.OrganisationKind.MEDIATION_ROOM",
                      Long.class)
                  .getSingleResult())
          .isEqualTo(12);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cn.yicibang.ejb.database.TestDatabases#kinds")
  void rareCharactersSurviveTheRoundTrip(String kind) throws Exception {
    open(kind);
    UUID id = register("陈𠮷祥", LocalDate.of(1985, 3, 9), 157);
    try (EntityManager em = emf.createEntityManager()) {
      Person p = em.find(Person.class, id);
      assertThat(p.name()).isEqualTo("陈𠮷祥");
      assertThat(p.name().codePointCount(0, p.name().length())).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cn.yicibang.ejb.database.TestDatabases#kinds")
  void changesKeepHistoryAndFormerName(String kind) throws Exception {
    open(kind);
    UUID id = register("郑建珍", LocalDate.of(1978, 6, 1), 202);
    inTransaction(
        em ->
            em.find(Person.class, id)
                .change(
                    Map.of(RegisterItem.NAME, "郑建真"),
                    code -> em.find(Ethnicity.class, code),
                    LocalDate.of(2026, 6, 30),
                    Instant.now(),
                    "head.dongzhuang",
                    "户口登记条例第十八条"));
    try (EntityManager em = emf.createEntityManager()) {
      Person p = em.find(Person.class, id);
      assertThat(p.name()).isEqualTo("郑建真");
      assertThat(p.formerNames()).isEqualTo("郑建珍");
      assertThat(p.history())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.oldValue()).isEqualTo("郑建珍");
                assertThat(c.newValue()).isEqualTo("郑建真");
                assertThat(c.changedBy()).isEqualTo("head.dongzhuang");
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cn.yicibang.ejb.database.TestDatabases#kinds")
  void concurrentEditsAreRefusedNotLost(String kind) throws Exception {
    open(kind);
    UUID id = register("林秀英", LocalDate.of(1990, 1, 1), 124);
    try (EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager()) {
      first.getTransaction().begin();
      second.getTransaction().begin();
      Person a = first.find(Person.class, id);
      Person b = second.find(Person.class, id);
      a.change(
          Map.of(RegisterItem.OCCUPATION, "教师"),
          c -> null,
          LocalDate.now(),
          Instant.now(),
          "clerk.a",
          "申请");
      first.getTransaction().commit();
      b.change(
          Map.of(RegisterItem.OCCUPATION, "医生"),
          c -> null,
          LocalDate.now(),
          Instant.now(),
          "clerk.b",
          "申请");
      assertThatThrownBy(() -> second.getTransaction().commit())
          .isInstanceOf(RollbackException.class)
          .hasCauseInstanceOf(OptimisticLockException.class);
    }
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Person.class, id).occupation()).isEqualTo("教师");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cn.yicibang.ejb.database.TestDatabases#kinds")
  void aChangeApplicationIsStoredWithItsItemsMaterialsStepsNumberAndNotifications(String kind)
      throws Exception {
    open(kind);
    UUID personId = register("郑建珍", LocalDate.of(1978, 6, 1), 202);
    UUID[] applicationId = new UUID[1];
    inTransaction(
        em -> {
          Person p = em.find(Person.class, personId);
          Map<RegisterItem, ItemRule> rules = new java.util.EnumMap<>(RegisterItem.class);
          em.createQuery("select r from ItemRule r", ItemRule.class)
              .getResultList()
              .forEach(r -> rules.put(r.item(), r));
          ChangeApplication a =
              new ChangeApplication(
                  em.find(Organisation.class, "PS-DONGZHUANG"),
                  p,
                  new Applicant(ApplicantRelation.SELF, "郑建珍", p.residentId(), null),
                  Map.of(RegisterItem.NAME, "郑建真"),
                  rules,
                  code -> true,
                  java.util.Set.of("ID_CARD", "BOOKLET", "FORM_SIGNED"),
                  "本人申请改名",
                  "clerk.dongzhuang",
                  Instant.now(),
                  LocalDate.of(2026, 11, 30));
          assertThat(a.missingMaterials()).containsExactly("ARCHIVE_RECORD");
          em.persist(a);
          applicationId[0] = a.id();
        });
    inTransaction(
        em -> {
          ChangeApplication a = em.find(ChangeApplication.class, applicationId[0]);
          a.supplyMaterials(java.util.Set.of("ARCHIVE_RECORD"), "clerk.dongzhuang", Instant.now());
          AcceptanceCounter counter =
              new AcceptanceCounter("PS-DONGZHUANG", AcceptanceCounter.Series.CHANGE, 2026);
          em.persist(counter);
          a.accept(
              () -> counter.next("350305101"),
              LocalDate.of(2027, 1, 25),
              "clerk.dongzhuang",
              Instant.now());
          assertThat(a.approve("head.dongzhuang", ApprovalLevel.STATION, "同意", Instant.now()))
              .isFalse();
          em.persist(
              new Notification(
                  "DEPT-MEDINS", "HOUSEHOLD_CHANGE", a.acceptanceNo(), "{}", Instant.now()));
        });
    try (EntityManager em = emf.createEntityManager()) {
      ChangeApplication a = em.find(ChangeApplication.class, applicationId[0]);
      assertThat(a.acceptanceNo()).isEqualTo("350305101-2026-000001");
      assertThat(a.currentLevel()).isEqualTo(ApprovalLevel.BRANCH);
      assertThat(a.items())
          .singleElement()
          .satisfies(i -> assertThat(i.newValue()).isEqualTo("郑建真"));
      assertThat(a.steps())
          .extracting(s -> s.kind())
          .containsExactly(
              StepKind.CREATED,
              StepKind.MATERIALS_SUPPLIED,
              StepKind.ACCEPTED,
              StepKind.TAKEN,
              StepKind.APPROVED);
      assertThat(
              em.find(
                      AcceptanceCounter.class,
                      new AcceptanceCounter.Key(
                          "PS-DONGZHUANG", AcceptanceCounter.Series.CHANGE, 2026))
                  .lastValue())
          .isEqualTo(1);
      assertThat(
              em.createQuery("select n from Notification n", Notification.class)
                  .getSingleResult()
                  .idempotencyKey())
          .isEqualTo("HOUSEHOLD_CHANGE:350305101-2026-000001:DEPT-MEDINS");
    }
  }

  private UUID register(String name, LocalDate birth, int sequence) {
    UUID[] id = new UUID[1];
    inTransaction(
        em -> {
          Division unit = em.find(Division.class, "350305101201001001");
          Household h =
              new Household(
                  "T" + UUID.randomUUID().toString().substring(0, 12),
                  HouseholdKind.FAMILY,
                  "东庄镇东沁村1号",
                  unit,
                  LocalDate.of(2000, 1, 1));
          em.persist(h);
          Person p =
              new Person(
                  ResidentId.issue("350305", birth, sequence),
                  name,
                  sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE,
                  em.find(Ethnicity.class, "01"),
                  birth,
                  h,
                  RelationToHead.HEAD,
                  LocalDate.of(2000, 1, 1));
          em.persist(p);
          id[0] = p.id();
        });
    return id[0];
  }

  private void inTransaction(java.util.function.Consumer<EntityManager> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    }
  }
}
