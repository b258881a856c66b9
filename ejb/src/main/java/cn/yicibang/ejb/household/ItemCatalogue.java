package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.household.RefusalGround;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.RegisterItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The local rules of the service, as data: items, materials, refusal grounds, ethnicities. */
@Stateless
@PermitAll
public class ItemCatalogue {

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject private cn.yicibang.ejb.security.Callers callers;

  @jakarta.inject.Inject private cn.yicibang.ejb.audit.AuditLog audit;

  public Map<RegisterItem, ItemRule> rules() {
    Map<RegisterItem, ItemRule> rules = new EnumMap<>(RegisterItem.class);
    em.createQuery("select r from ItemRule r", ItemRule.class)
        // read to check an application against; edited through their own page
        .setHint("org.hibernate.readOnly", true)
        .getResultList()
        .forEach(r -> rules.put(r.item(), r));
    return rules;
  }

  /** The local rule of a register operation (a birth, a death). */
  public cn.yicibang.domain.household.OperationRule operationRule(
      cn.yicibang.domain.household.RegisterOperation operation) {
    cn.yicibang.domain.household.OperationRule rule =
        em.find(cn.yicibang.domain.household.OperationRule.class, operation);
    if (rule == null) {
      throw new cn.yicibang.domain.BusinessException(
          "household.operation.notOpen", cn.yicibang.domain.Label.of(operation));
    }
    return rule;
  }

  /** The local rules of every register operation. */
  public Map<
          cn.yicibang.domain.household.RegisterOperation,
          cn.yicibang.domain.household.OperationRule>
      operationRules() {
    Map<cn.yicibang.domain.household.RegisterOperation, cn.yicibang.domain.household.OperationRule>
        rules = new java.util.EnumMap<>(cn.yicibang.domain.household.RegisterOperation.class);
    em.createQuery(
            "select r from OperationRule r", cn.yicibang.domain.household.OperationRule.class)
        .setHint("org.hibernate.readOnly", true)
        .getResultList()
        .forEach(r -> rules.put(r.operation(), r));
    return rules;
  }

  public List<Material> materials() {
    return em.createQuery("select m from Material m order by m.code", Material.class)
        .getResultList();
  }

  /** Material code → name in the user's language. */
  public Map<String, String> materialNames(java.util.Locale locale) {
    Map<String, String> names = new java.util.HashMap<>();
    materials().forEach(m -> names.put(m.code(), m.name(locale)));
    return names;
  }

  public List<RefusalGround> refusalGrounds() {
    return em.createQuery("select g from RefusalGround g order by g.code", RefusalGround.class)
        .getResultList();
  }

  public List<Ethnicity> ethnicities() {
    return em.createQuery("select e from Ethnicity e order by e.code", Ethnicity.class)
        .getResultList();
  }

  /** The rule of one item as an administrator edits it. */
  public record RuleChange(
      RegisterItem item,
      cn.yicibang.domain.household.ItemClass itemClass,
      cn.yicibang.domain.household.ApprovalLevel finalLevelAdult,
      cn.yicibang.domain.household.ApprovalLevel finalLevelMinor,
      int timeLimitDays,
      boolean cardRelevant,
      boolean enabled,
      java.util.Set<String> materials,
      long version) {}

  /**
   * An administrator revises an item's rule. Applications already taken keep the level, time limit
   * and materials they were taken under; the change applies to new ones. Audited with the old and
   * new rule.
   */
  @jakarta.annotation.security.RolesAllowed(cn.yicibang.domain.security.Role.ADMINISTRATOR)
  public void revise(RuleChange change) {
    ItemRule rule = em.find(ItemRule.class, change.item());
    if (rule == null) {
      throw new cn.yicibang.domain.NotFoundException("household.item.unknown", change.item());
    }
    if (rule.version() != change.version()) {
      throw new ConflictException("household.rule.changedMeanwhile");
    }
    String before = describe(rule);
    java.util.Set<Material> materials = new java.util.HashSet<>();
    for (String code : change.materials()) {
      Material m = em.find(Material.class, code);
      if (m == null) {
        throw new cn.yicibang.domain.BusinessException("household.material.unknown", code);
      }
      materials.add(m);
    }
    rule.revise(
        change.itemClass(),
        change.finalLevelAdult(),
        change.finalLevelMinor(),
        change.timeLimitDays(),
        change.cardRelevant(),
        change.enabled(),
        materials);
    audit.record(
        callers.current(),
        cn.yicibang.domain.audit.AuditAction.RULE_CHANGE,
        "ItemRule",
        change.item().name(),
        before + " → " + describe(rule));
  }

  private static String describe(ItemRule r) {
    return r.itemClass()
        + "/"
        + r.finalLevelAdult()
        + "/"
        + r.finalLevelMinor()
        + "/"
        + r.timeLimitDays()
        + "d"
        + (r.cardRelevant() ? "/card" : "")
        + (r.enabled() ? "" : "/closed")
        + r.materials().stream().map(Material::code).sorted().toList();
  }

  public boolean ethnicityExists(String code) {
    return code != null && em.find(Ethnicity.class, code) != null;
  }
}
