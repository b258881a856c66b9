package cn.yicibang.ejb.registry;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.PersonStatus;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finding residents and opening their record, within the caller's jurisdiction. A resident outside
 * it is reported as not found, exactly like one that does not exist. Opening a full record is
 * audited.
 */
@Stateless
@RolesAllowed({
  Role.COUNTER_CLERK,
  Role.HALL_CLERK,
  Role.STATION_HEAD,
  Role.BUREAU_APPROVER,
  Role.MEDIATOR,
  Role.ADMINISTRATOR
})
public class RegisterLookup {

  /** What a clerk types when they mean an identity number (digits, perhaps a final X). */
  private static final Pattern ID_LIKE = Pattern.compile("[0-9]+[xX]?");

  public static final int QUERY_MAX = 50;

  /**
   * Characters a name search needs at least: a surname alone matches a tenth of a province and
   * shows the clerk nothing useful.
   */
  public static final int NAME_MIN = 2;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  @Inject private VisibleResidents residents;

  /**
   * Searches by identity number (exact; a mistyped number is refused with the reason) or by name:
   * the full name or its first characters (at least {@link #NAME_MIN}), present or former, which an
   * index answers at any size of register. Results are masked and limited; a person found by a
   * former name says which.
   */
  public List<PersonSummary> search(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      throw new BusinessException("registry.search.empty");
    }
    if (q.codePointCount(0, q.length()) > QUERY_MAX) {
      throw new BusinessException("registry.search.tooLong", QUERY_MAX);
    }
    Caller caller = callers.current();
    List<PersonSummary> found;
    String audited;
    if (ID_LIKE.matcher(q).matches()) {
      ResidentId id = ResidentId.of(q);
      found = summariesWhere(caller, "", "p.resident_id = ?1", id.value());
      audited = id.masked();
    } else {
      if (q.codePointCount(0, q.length()) < NAME_MIN) {
        throw new BusinessException("registry.search.nameTooShort", NAME_MIN);
      }
      found = byName(caller, escapeLike(q) + "%");
      audited = q;
    }
    audit.record(caller, AuditAction.SEARCH_REGISTER, "Person", null, audited);
    return found;
  }

  /**
   * Those whose present name matches, then those whom only a former name matches, each once, up to
   * the search limit.
   */
  private List<PersonSummary> byName(Caller caller, String pattern) {
    List<PersonSummary> found =
        new ArrayList<>(summariesWhere(caller, "", "p.name like ?1", pattern));
    java.util.Set<UUID> seen = new java.util.HashSet<>();
    found.forEach(s -> seen.add(s.id()));
    int limit = Setting.SEARCH_LIMIT.asInt();
    for (PersonSummary s :
        summariesWhere(
            caller,
            " join person_former_name f on f.person_id = p.id",
            "f.name like ?1",
            pattern)) {
      if (found.size() < limit && seen.add(s.id())) {
        found.add(s);
      }
    }
    return found;
  }

  /**
   * The summaries of residents inside the caller's jurisdiction that meet the condition, read in
   * one query as columns (no entities to load for a list). With {@code formerName} joined (as
   * {@code f}), each line says which former name matched.
   */
  @SuppressWarnings("unchecked")
  private List<PersonSummary> summariesWhere(
      Caller caller, String formerName, String condition, String value) {
    List<String> prefixes =
        caller.organisation().jurisdiction().stream().map(DivisionCode::prefix).sorted().toList();
    if (prefixes.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
                "select p.id, p.resident_id, p.name, p.sex, p.birth_date, p.address,"
                    + " h.household_no, p.status, "
                    + (formerName.isEmpty() ? "null" : "f.name")
                    + " from person p join household h on h.id = p.household_id"
                    + formerName
                    + " where ")
            .append(condition)
            .append(" and (");
    for (int i = 0; i < prefixes.size(); i++) {
      sql.append(i == 0 ? "" : " or ").append("h.division_code like ?").append(i + 2);
    }
    sql.append(") order by p.name, p.resident_id");
    Query query =
        em.createNativeQuery(sql.toString())
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addSynchronizedQuerySpace("person")
            .addSynchronizedQuerySpace("household")
            .addSynchronizedQuerySpace("person_former_name")
            .setParameter(1, value);
    for (int i = 0; i < prefixes.size(); i++) {
      query.setParameter(i + 2, prefixes.get(i) + "%");
    }
    List<Object[]> rows = query.setMaxResults(Setting.SEARCH_LIMIT.asInt()).getResultList();
    List<PersonSummary> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(
          new PersonSummary(
              uuid(r[0]),
              ResidentId.of((String) r[1]).masked(),
              (String) r[2],
              Sex.valueOf((String) r[3]),
              (r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4]).getYear(),
              (String) r[5],
              (String) r[6],
              PersonStatus.valueOf((String) r[7]),
              (String) r[8]));
    }
    return result;
  }

  /** A uuid column as the driver gives it: PostgreSQL's driver a UUID, H2's its 16 bytes. */
  private static UUID uuid(Object column) {
    if (column instanceof byte[] b) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(b);
      return new UUID(bytes.getLong(), bytes.getLong());
    }
    return (UUID) column;
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Opens a person's full record. Audited. */
  public PersonRecord open(UUID personId) {
    Caller caller = callers.current();
    return audited(caller, residents.byId(caller, personId));
  }

  /** Opens a person's full record by identity number. Audited. */
  public PersonRecord openByResidentId(String residentId) {
    ResidentId id = ResidentId.of(residentId);
    Caller caller = callers.current();
    return audited(caller, residents.byResidentId(caller, id));
  }

  private PersonRecord audited(Caller caller, Person person) {
    audit.record(
        caller,
        AuditAction.VIEW_PERSON,
        "Person",
        person.id().toString(),
        person.residentId().masked());
    return toRecord(person);
  }

  private static PersonRecord toRecord(Person p) {
    Household h = p.household();
    var household =
        new PersonRecord.HouseholdView(
            h.householdNo(),
            h.kind(),
            h.address(),
            h.division().code().value(),
            h.division().nameZh(),
            h.division().name(java.util.Locale.ENGLISH),
            h.head().map(Person::name).orElse(null));
    var members =
        h.activeMembers().stream()
            .sorted(
                java.util.Comparator.comparing((Person m) -> m.relationToHead().ordinal())
                    .thenComparing(Person::birthDate))
            .map(
                m ->
                    new PersonRecord.MemberView(
                        m.id(),
                        m.residentId().masked(),
                        m.name(),
                        m.sex(),
                        m.birthDate().getYear(),
                        m.relationToHead()))
            .toList();
    var history =
        p.history().stream()
            .map(
                c ->
                    new PersonRecord.ChangeView(
                        c.item(),
                        c.oldValue(),
                        c.newValue(),
                        c.effectiveOn(),
                        c.changedBy(),
                        c.basis()))
            .toList();
    return new PersonRecord(
        p.id(),
        p.residentId().value(),
        p.name(),
        p.formerNames(),
        p.sex(),
        p.ethnicity().nameZh(),
        p.ethnicity().name(java.util.Locale.ENGLISH),
        p.birthDate(),
        p.birthplace(),
        p.nativePlace(),
        p.address(),
        p.education(),
        p.maritalStatus(),
        p.employer(),
        p.occupation(),
        p.relationToHead(),
        p.registeredOn(),
        p.status(),
        p.statusOn(),
        p.movedTo(),
        p.movedFrom(),
        household,
        members,
        history);
  }
}
