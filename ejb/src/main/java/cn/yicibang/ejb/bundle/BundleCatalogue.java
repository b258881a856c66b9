package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleSection;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.VersionStatus;
import cn.yicibang.domain.household.Material;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads the bundle catalogue: published bundles, their versions, fields and materials. */
@Stateless
@PermitAll
public class BundleCatalogue {

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject private cn.yicibang.ejb.household.ItemCatalogue changeRules;

  /**
   * The one-time notification of a bundle's published version: every material once (with the proofs
   * a police part needs for the register item chosen, from the station's own rules), the offices
   * and time limits, the conditions.
   */
  public Views.Notice notice(String bundle, Locale locale) {
    return Presentation.notice(
        published(bundle),
        fields(),
        materials(),
        changeRules.rules(),
        changeRules.operationRules(),
        locale);
  }

  /**
   * The proofs the police parts of a bundle need for the values on the form: for the register item
   * chosen, and for a birth or death declared late.
   */
  public java.util.Set<String> proofsFor(BundleDefinition d, Map<String, String> values) {
    java.util.Set<String> proofs =
        new java.util.TreeSet<>(ChangePart.requiredFor(d, values, changeRules.rules()));
    proofs.addAll(
        LateDeclaration.requiredFor(
            d,
            values,
            changeRules.operationRules(),
            cn.yicibang.ejb.household.HouseholdChanges.today()));
    return proofs;
  }

  /** The bundles the hall offers: each one's published version. */
  public List<BundleDefinition> published() {
    return em.createQuery(
            "select d from BundleDefinition d where d.status = :published order by d.sortOrder",
            BundleDefinition.class)
        .setParameter("published", VersionStatus.PUBLISHED)
        .getResultList();
  }

  /** The published version of a bundle, or 404. */
  public BundleDefinition published(String code) {
    return em.createQuery(
            "select d from BundleDefinition d where d.code = :code and d.status = :published",
            BundleDefinition.class)
        .setParameter("code", code)
        .setParameter("published", VersionStatus.PUBLISHED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("bundle.notFound"));
  }

  public BundleDefinition version(UUID id) {
    BundleDefinition d = id == null ? null : em.find(BundleDefinition.class, id);
    if (d == null) {
      throw new NotFoundException("bundle.notFound");
    }
    return d;
  }

  /** Every version of a bundle, newest first. */
  public List<BundleDefinition> versions(String code) {
    return em.createQuery(
            "select d from BundleDefinition d where d.code = :code order by d.versionNo desc",
            BundleDefinition.class)
        .setParameter("code", code)
        .getResultList();
  }

  /** Every canonical field by key, in form order (section, then field). */
  public Map<String, FieldDefinition> fields() {
    Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
    em.createQuery(
            "select f from FieldDefinition f join fetch f.section s"
                + " order by s.sortOrder, f.sortOrder",
            FieldDefinition.class)
        .getResultList()
        .forEach(f -> byKey.put(f.key(), f));
    return byKey;
  }

  public List<BundleSection> sections() {
    return em.createQuery("select s from BundleSection s order by s.sortOrder", BundleSection.class)
        .getResultList();
  }

  /** Every material by code. */
  public Map<String, Material> materials() {
    Map<String, Material> byCode = new LinkedHashMap<>();
    em.createQuery("select m from Material m order by m.code", Material.class)
        .getResultList()
        .forEach(m -> byCode.put(m.code(), m));
    return byCode;
  }

  /** Material code → name in the language. */
  public Map<String, String> materialNames(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    materials().forEach((code, m) -> names.put(code, m.name(locale)));
    return names;
  }

  /** Each field problem as a sentence naming the field, in the language. */
  public Map<String, String> describe(
      List<cn.yicibang.domain.bundle.FieldProblem> problems, Locale locale) {
    Map<String, FieldDefinition> fields = fields();
    var labels = cn.yicibang.ejb.printing.FormLabels.of(locale);
    Map<String, String> sentences = new LinkedHashMap<>();
    problems.forEach(
        p -> sentences.merge(p.fieldKey(), Presentation.problem(p, fields, labels), (a, b) -> a));
    return sentences;
  }
}
