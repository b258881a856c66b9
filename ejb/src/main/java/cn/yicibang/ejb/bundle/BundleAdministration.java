package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.VersionStatus;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The administrator's catalogue of bundles: a draft copied from the published version, edited item
 * by item, then published in its place. The published version is never edited, so an application
 * always shows the rules it was made under. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class BundleAdministration {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private BundleCatalogue catalogue;

  @Inject private AuditLog audit;

  /** Each bundle's newest version (a draft when one is being edited), in catalogue order. */
  public List<BundleDefinition> newest() {
    return em.createQuery(
            "select d from BundleDefinition d where d.versionNo = (select max(e.versionNo) from"
                + " BundleDefinition e where e.code = d.code) order by d.sortOrder",
            BundleDefinition.class)
        .getResultList();
  }

  public List<BundleDefinition> versions(String code) {
    return catalogue.versions(code);
  }

  /** Departments an item may be given to. */
  public List<Organisation> departments() {
    return em.createQuery(
            "select o from Organisation o where o.kind in :kinds order by o.kind, o.id",
            Organisation.class)
        .setParameter(
            "kinds",
            List.of(
                OrganisationKind.DEPARTMENT,
                OrganisationKind.BRANCH_BUREAU,
                OrganisationKind.POLICE_STATION))
        .getResultList();
  }

  /** The bundle's open draft, or a new one copied from its published version. */
  public BundleDefinition draft(String code) {
    Caller caller = callers.current();
    List<BundleDefinition> versions = catalogue.versions(code);
    if (versions.isEmpty()) {
      throw new NotFoundException("bundle.notFound");
    }
    BundleDefinition newest = versions.get(0);
    if (newest.status() == VersionStatus.DRAFT) {
      return newest;
    }
    BundleDefinition published = catalogue.published(code);
    em.lock(published, LockModeType.PESSIMISTIC_WRITE);
    BundleDefinition draft =
        published.draftNext(newest.versionNo() + 1, caller.username(), Instant.now());
    em.persist(draft);
    audit.record(
        caller, AuditAction.RULE_CHANGE, "BundleDefinition", code, "DRAFT v" + draft.versionNo());
    em.flush();
    return draft;
  }

  public BundleDefinition editItem(UUID draftId, String itemCode, ItemEdit edit) {
    Caller caller = callers.current();
    BundleDefinition d = catalogue.version(draftId);
    BundleItem item = d.item(itemCode);
    if (item == null) {
      throw new NotFoundException("bundle.task.notFound");
    }
    Organisation department =
        edit.departmentId() == null || edit.departmentId().isBlank()
            ? null
            : em.find(Organisation.class, edit.departmentId());
    Map<String, Boolean> fields = new LinkedHashMap<>();
    edit.optionalFields().forEach(k -> fields.put(k, false));
    edit.requiredFields().forEach(k -> fields.put(k, true));
    var known = catalogue.fields().keySet();
    for (String k : fields.keySet()) {
      if (!known.contains(k)) {
        throw new BusinessException("bundle.field.notAsked", k);
      }
    }
    item.edit(
        edit.nameZh(),
        edit.nameEn(),
        department,
        edit.routingField(),
        edit.timeLimitDays(),
        edit.materials(),
        fields,
        edit.waitsFor());
    audit.record(
        caller,
        AuditAction.RULE_CHANGE,
        "BundleItem",
        d.code() + "/" + itemCode,
        "v"
            + d.versionNo()
            + " "
            + edit.timeLimitDays()
            + "d "
            + (department == null ? edit.routingField() : department.id()));
    em.flush();
    return d;
  }

  /** Publishes a draft in place of the published version; the old one is kept as superseded. */
  public BundleDefinition publish(UUID draftId) {
    Caller caller = callers.current();
    BundleDefinition d = catalogue.version(draftId);
    BundleDefinition current = catalogue.published(d.code());
    em.lock(current, LockModeType.PESSIMISTIC_WRITE);
    d.publish(current, caller.username(), Instant.now());
    audit.record(
        caller,
        AuditAction.RULE_CHANGE,
        "BundleDefinition",
        d.code(),
        "PUBLISHED v" + d.versionNo());
    em.flush();
    return d;
  }
}
