package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.ItemClass;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.ItemCatalogue.RuleChange;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * household/catalogue.xhtml: the administrator's page for the item catalogue — class, how far up
 * the chain an item goes for adults and minors, time limit, identity-card relevance, whether it is
 * open, and its materials.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ItemCatalogue catalogue;

  private List<Row> rows;
  private transient java.util.Map<String, String> materialNames;

  /** One editable line. */
  public static class Row implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private final RegisterItem item;
    private ItemClass itemClass;
    private ApprovalLevel finalLevelAdult;
    private ApprovalLevel finalLevelMinor;
    private int timeLimitDays;
    private boolean cardRelevant;
    private boolean enabled;
    private String[] materials;
    private final long version;

    Row(ItemRule r) {
      item = r.item();
      itemClass = r.itemClass();
      finalLevelAdult = r.finalLevelAdult();
      finalLevelMinor = r.finalLevelMinor();
      timeLimitDays = r.timeLimitDays();
      cardRelevant = r.cardRelevant();
      enabled = r.enabled();
      materials = r.materials().stream().map(Material::code).sorted().toArray(String[]::new);
      version = r.version();
    }

    public RegisterItem getItem() {
      return item;
    }

    public ItemClass getItemClass() {
      return itemClass;
    }

    public void setItemClass(ItemClass itemClass) {
      this.itemClass = itemClass;
    }

    public ApprovalLevel getFinalLevelAdult() {
      return finalLevelAdult;
    }

    public void setFinalLevelAdult(ApprovalLevel finalLevelAdult) {
      this.finalLevelAdult = finalLevelAdult;
    }

    public ApprovalLevel getFinalLevelMinor() {
      return finalLevelMinor;
    }

    public void setFinalLevelMinor(ApprovalLevel finalLevelMinor) {
      this.finalLevelMinor = finalLevelMinor;
    }

    public int getTimeLimitDays() {
      return timeLimitDays;
    }

    public void setTimeLimitDays(int timeLimitDays) {
      this.timeLimitDays = timeLimitDays;
    }

    public boolean isCardRelevant() {
      return cardRelevant;
    }

    public void setCardRelevant(boolean cardRelevant) {
      this.cardRelevant = cardRelevant;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String[] getMaterials() {
      return materials;
    }

    public void setMaterials(String[] materials) {
      this.materials = materials == null ? new String[0] : materials.clone();
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      catalogue.rules().values().forEach(r -> rows.add(new Row(r)));
    }
    return rows;
  }

  public void save(Row row) {
    catalogue.revise(
        new RuleChange(
            row.item,
            row.itemClass,
            row.finalLevelAdult,
            row.finalLevelMinor,
            row.timeLimitDays,
            row.cardRelevant,
            row.enabled,
            Set.of(row.materials),
            row.version));
    rows = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            cn.yicibang.web.i18n.Messages.format(
                faces.getViewRoot().getLocale(), "catalogue.saved"),
            null));
  }

  public List<Material> getAllMaterials() {
    return catalogue.materials();
  }

  /** Material names, looked up once per view: the table asks for them row by row. */
  public java.util.Map<String, String> getMaterialNames() {
    if (materialNames == null) {
      materialNames =
          catalogue.materialNames(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return materialNames;
  }

  public ItemClass[] getClasses() {
    return ItemClass.values();
  }

  public ApprovalLevel[] getLevels() {
    return ApprovalLevel.values();
  }
}
