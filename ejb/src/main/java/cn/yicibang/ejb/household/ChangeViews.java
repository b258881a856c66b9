package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.registry.ResidentId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;

/** Builds the views handed to pages and REST from the entity, inside the transaction. */
final class ChangeViews {

  private ChangeViews() {}

  /** Identity numbers are masked in views as everywhere else; the signed form shows them. */
  private static String shown(cn.yicibang.domain.registry.RegisterItem item, String value) {
    return item == cn.yicibang.domain.registry.RegisterItem.RESIDENT_ID && value != null
        ? cn.yicibang.domain.registry.ResidentId.of(value).masked()
        : value;
  }

  /** The order a declaration's particulars are read in: the subject first, then who and where. */
  private static final java.util.List<String> PARTICULAR_ORDER =
      java.util.List.of(
          cn.yicibang.domain.household.BirthDeclaration.NAME,
          cn.yicibang.domain.household.BirthDeclaration.SEX,
          cn.yicibang.domain.household.BirthDeclaration.BIRTH_DATE,
          cn.yicibang.domain.household.BirthDeclaration.BIRTHPLACE,
          cn.yicibang.domain.household.BirthDeclaration.ETHNICITY,
          cn.yicibang.domain.household.BirthDeclaration.CERTIFICATE_NO,
          cn.yicibang.domain.household.BirthDeclaration.MOTHER_NAME,
          cn.yicibang.domain.household.BirthDeclaration.MOTHER_ID,
          cn.yicibang.domain.household.BirthDeclaration.FATHER_NAME,
          cn.yicibang.domain.household.BirthDeclaration.FATHER_ID,
          cn.yicibang.domain.household.BirthDeclaration.JOINS,
          ChangeApplication.JOINS_HOUSEHOLD,
          cn.yicibang.domain.household.BirthDeclaration.SURNAME_FROM,
          cn.yicibang.domain.household.BirthDeclaration.SURNAME_REASON,
          cn.yicibang.domain.household.BirthDeclaration.PARENTS_MARRIED,
          cn.yicibang.domain.household.DeathDeclaration.DIED_ON,
          cn.yicibang.domain.household.DeathDeclaration.PROOF,
          cn.yicibang.domain.household.DeathDeclaration.CERTIFICATE_NO,
          cn.yicibang.domain.household.DeathDeclaration.NEW_HEAD_ID);

  private static int rank(String particular) {
    int i = PARTICULAR_ORDER.indexOf(particular);
    return i < 0 ? PARTICULAR_ORDER.size() : i;
  }

  static ChangeSummary summary(ChangeApplication a, LocalDate today) {
    return new ChangeSummary(
        a.id(),
        a.operation(),
        a.acceptanceNo(),
        a.subjectName(),
        a.subjectMaskedResidentId(),
        a.items().stream()
            .map(i -> new ChangeSummary.ItemChange(i.item(), i.oldValue(), i.newValue()))
            .toList(),
        a.status(),
        a.currentLevel(),
        a.finalLevel(),
        a.takenBy(),
        a.dueOn(),
        a.overdue(today),
        a.createdAt(),
        a.station().id());
  }

  static ChangeDetail detail(ChangeApplication a, LocalDate today, Locale locale) {
    return new ChangeDetail(
        a.id(),
        a.version(),
        a.operation(),
        a.acceptanceNo(),
        a.station().id(),
        a.station().name(locale),
        a.person() == null ? null : a.person().id(),
        a.subjectName(),
        a.subjectMaskedResidentId(),
        a.applicantRelation(),
        a.applicantName(),
        a.applicantResidentId().masked(),
        a.childConsent(),
        a.minor(),
        a.reason(),
        a.status(),
        a.currentLevel(),
        a.finalLevel(),
        a.takenBy(),
        a.dueOn(),
        a.overdue(today),
        a.timeLimitDays(),
        a.createdAt(),
        a.createdBy(),
        a.refusalGround(),
        a.decisionNote(),
        a.items().stream()
            .map(
                i ->
                    new ChangeDetail.Item(
                        i.item(),
                        i.itemClass(),
                        shown(i.item(), i.oldValue()),
                        shown(i.item(), i.newValue())))
            .toList(),
        a.particulars().entrySet().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                        (java.util.Map.Entry<String, String> e) -> rank(e.getKey()))
                    .thenComparing(java.util.Map.Entry::getKey))
            .map(e -> new ChangeDetail.Particular(e.getKey(), ResidentId.maskAll(e.getValue())))
            .toList(),
        // copies: the entity's sets are the persistence provider's, which serialise with the
        // entity they belong to, and a page keeps this record in a session that travels
        Collections.unmodifiableSet(new LinkedHashSet<>(a.materialsRequired())),
        Collections.unmodifiableSet(new LinkedHashSet<>(a.materialsSeen())),
        a.missingMaterials(),
        a.steps().stream()
            .map(s -> new ChangeDetail.Step(s.at(), s.actor(), s.kind(), s.level(), s.note()))
            .toList());
  }
}
