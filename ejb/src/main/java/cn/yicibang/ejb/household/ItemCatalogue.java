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

  public Map<RegisterItem, ItemRule> rules() {
    Map<RegisterItem, ItemRule> rules = new EnumMap<>(RegisterItem.class);
    em.createQuery("select r from ItemRule r", ItemRule.class)
        .getResultList()
        .forEach(r -> rules.put(r.item(), r));
    return rules;
  }

  public List<Material> materials() {
    return em.createQuery("select m from Material m order by m.code", Material.class)
        .getResultList();
  }

  public List<RefusalGround> refusalGrounds() {
    return em.createQuery("select g from RefusalGround g order by g.code", RefusalGround.class)
        .getResultList();
  }

  public List<Ethnicity> ethnicities() {
    return em.createQuery("select e from Ethnicity e order by e.code", Ethnicity.class)
        .getResultList();
  }

  public boolean ethnicityExists(String code) {
    return code != null && em.find(Ethnicity.class, code) != null;
  }
}
