package cn.yicibang.web.bundle;

import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.VersionStatus;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.ejb.bundle.BundleAdministration;
import cn.yicibang.ejb.bundle.BundleCatalogue;
import cn.yicibang.ejb.bundle.ItemEdit;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bundle/catalogue.xhtml: the administrator's bundle catalogue. A bundle's published version is
 * read-only; "new revision" copies it to a draft whose items are edited row by row (department,
 * time limit, materials, fields, waits) and then published in its place. Applications keep the
 * version they were made under.
 */
@Named
@ViewScoped
public class BundleCatalogueView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private BundleAdministration administration;

  @Inject private BundleCatalogue catalogue;

  private String selected;
  private transient List<BundleDefinition> newest;
  private transient BundleDefinition current;
  private final Map<String, Row> rows = new HashMap<>();
  private transient List<Organisation> departments;
  private transient Map<String, String> materialNames;
  private transient List<FieldDefinition> fields;

  /** The editable copy of one item's settings. */
  public static final class Row implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    public String nameZh;
    public String nameEn;
    public String departmentId;
    public String routingField;
    public int timeLimitDays;
    public List<String> materials = new ArrayList<>();
    public List<String> fields = new ArrayList<>();
    public List<String> optionalFields = new ArrayList<>();
    public List<String> waitsFor = new ArrayList<>();

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String v) {
      nameZh = v;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String v) {
      nameEn = v;
    }

    public String getDepartmentId() {
      return departmentId;
    }

    public void setDepartmentId(String v) {
      departmentId = v;
    }

    public int getTimeLimitDays() {
      return timeLimitDays;
    }

    public void setTimeLimitDays(int v) {
      timeLimitDays = v;
    }

    public List<String> getMaterials() {
      return materials;
    }

    public void setMaterials(List<String> v) {
      materials = v;
    }

    public List<String> getFields() {
      return fields;
    }

    public void setFields(List<String> v) {
      fields = v;
    }

    public List<String> getOptionalFields() {
      return optionalFields;
    }

    public void setOptionalFields(List<String> v) {
      optionalFields = v;
    }

    public List<String> getWaitsFor() {
      return waitsFor;
    }

    public void setWaitsFor(List<String> v) {
      waitsFor = v;
    }
  }

  public List<BundleDefinition> getNewest() {
    if (newest == null) {
      newest = administration.newest();
    }
    return newest;
  }

  public void select(String code) {
    selected = code;
    current = null;
    rows.clear();
  }

  public BundleDefinition getCurrent() {
    if (current == null && selected != null) {
      current = administration.versions(selected).get(0);
      rows.clear();
      for (BundleItem i : current.items()) {
        Row r = new Row();
        r.nameZh = i.nameZh();
        r.nameEn = i.nameEn();
        r.departmentId = i.department() == null ? null : i.department().id();
        r.routingField = i.routingField();
        r.timeLimitDays = i.timeLimitDays();
        r.materials = new ArrayList<>(i.materials());
        i.fields().forEach((k, required) -> (required ? r.fields : r.optionalFields).add(k));
        r.waitsFor = new ArrayList<>(i.waitsFor());
        rows.put(i.code(), r);
      }
    }
    return current;
  }

  public List<BundleDefinition> getVersions() {
    return selected == null ? List.of() : administration.versions(selected);
  }

  public boolean isDraft() {
    return getCurrent() != null && current.status() == VersionStatus.DRAFT;
  }

  public void draft() {
    administration.draft(selected);
    current = null;
    newest = null;
  }

  public void save(String itemCode) {
    Row r = rows.get(itemCode);
    administration.editItem(
        current.id(),
        itemCode,
        new ItemEdit(
            r.nameZh,
            r.nameEn,
            r.departmentId,
            r.routingField,
            r.timeLimitDays,
            new LinkedHashSet<>(r.materials),
            new LinkedHashSet<>(r.fields),
            new LinkedHashSet<>(r.optionalFields),
            new LinkedHashSet<>(r.waitsFor)));
    current = null;
  }

  public void publish() {
    administration.publish(current.id());
    current = null;
    newest = null;
  }

  public Map<String, Row> getRows() {
    getCurrent();
    return rows;
  }

  public List<Organisation> getDepartments() {
    if (departments == null) {
      departments = administration.departments();
    }
    return departments;
  }

  public Map<String, String> getMaterialNames() {
    if (materialNames == null) {
      materialNames = catalogue.materialNames(locale());
    }
    return materialNames;
  }

  public List<FieldDefinition> getFields() {
    if (fields == null) {
      fields = List.copyOf(catalogue.fields().values());
    }
    return fields;
  }

  public String name(BundleDefinition d) {
    return d.name(locale());
  }

  public String itemName(BundleItem i) {
    return i.name(locale());
  }

  public String label(FieldDefinition f) {
    return f.label(locale());
  }

  public String orgName(Organisation o) {
    return o.name(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getSelected() {
    return selected;
  }
}
