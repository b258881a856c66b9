package cn.yicibang.web.bundle;

import cn.yicibang.domain.bundle.FieldKind;
import cn.yicibang.domain.bundle.InvalidFieldsException;
import cn.yicibang.domain.bundle.RuleOutcome;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.bundle.BundleCatalogue;
import cn.yicibang.ejb.bundle.BundleFormPrinting;
import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.bundle.NewBundle;
import cn.yicibang.ejb.bundle.Views;
import cn.yicibang.web.printing.Pdfs;
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
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.StreamedContent;

/**
 * bundle/apply.xhtml: the hall clerk runs one bundle from eligibility to receipt in five steps —
 * check the conditions on what is known (the register prefills), print the one-time notification,
 * fill the one form once (checked field by field, printed for signature), tick the materials and
 * submit, then print the receipt. What was typed survives every step and every refusal.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The steps of the wizard. */
  public enum Step {
    ELIGIBILITY,
    NOTICE,
    FORM,
    SUBMIT,
    RECEIPT
  }

  @Inject private BundleIntake intake;

  @Inject private BundleFormPrinting forms;

  @Inject private BundleCatalogue catalogue;

  private String bundle;
  private Step step = Step.ELIGIBILITY;
  private final Map<String, String> values = new HashMap<>();
  private Map<String, String> problems = new HashMap<>();
  private List<Views.FormSection> sections;
  private Views.Notice notice;
  private Views.EligibilityCheck eligibility;
  private List<String> materialsSeen = new ArrayList<>();
  private Views.Detail submitted;
  private final String idempotencyKey = UUID.randomUUID().toString();

  public void load() {
    if (sections == null && bundle != null) {
      sections = intake.form(bundle, locale());
      notice = intake.notice(bundle, locale());
    }
  }

  /** The fields the eligibility step asks for: those the rules read, and every identity number. */
  public List<Views.FormField> getEligibilityFields() {
    Set<String> keys = new LinkedHashSet<>();
    List<Views.FormField> result = new ArrayList<>();
    for (Views.FormSection s : sections) {
      for (Views.FormField f : s.fields()) {
        if (f.anchor() || ruleFields().contains(f.key())) {
          if (keys.add(f.key())) {
            result.add(f);
          }
        }
      }
    }
    return result;
  }

  private transient Set<String> ruleFields;

  private Set<String> ruleFields() {
    if (ruleFields == null) {
      ruleFields = intake.ruleFields(bundle);
    }
    return ruleFields;
  }

  /** Prefills from the register and checks the conditions on what is known. */
  public void check() {
    prefill();
    eligibility = intake.eligibility(bundle, values, locale());
  }

  /** Fills blanks the register knows, after an identity number was typed. */
  public void prefill() {
    values.putAll(intake.prefill(bundle, nonBlank()));
  }

  public void toNotice() {
    check();
    if (eligibility.eligible()) {
      step = Step.NOTICE;
    }
  }

  public void toForm() {
    step = Step.FORM;
  }

  /** Checks the one form; every wrong field is marked at once. */
  public void checkForm() {
    problems = intake.checkForm(bundle, nonBlank(), locale());
    if (problems.isEmpty()) {
      step = Step.SUBMIT;
    }
  }

  public void back() {
    step = Step.values()[Math.max(0, step.ordinal() - 1)];
  }

  public void submit() {
    try {
      submitted =
          intake.submit(
              new NewBundle(bundle, nonBlank(), Set.copyOf(materialsSeen)),
              idempotencyKey,
              locale());
      step = Step.RECEIPT;
      problems = new HashMap<>();
    } catch (InvalidFieldsException e) {
      problems = catalogue.describe(e.problems(), locale());
      step = Step.FORM;
    }
  }

  public StreamedContent getNoticePdf() {
    return Pdfs.download(forms.notice(bundle, Pdfs.OFFICIAL));
  }

  public StreamedContent getFormPdf() {
    return Pdfs.download(
        submitted == null
            ? forms.draftForm(bundle, nonBlank(), Pdfs.OFFICIAL)
            : forms.form(submitted.trackingNo(), Pdfs.OFFICIAL));
  }

  public StreamedContent getReceiptPdf() {
    return Pdfs.download(forms.receipt(submitted.trackingNo(), Pdfs.OFFICIAL));
  }

  private Map<String, String> nonBlank() {
    Map<String, String> v = new HashMap<>();
    values.forEach(
        (k, value) -> {
          if (value != null && !value.isBlank()) {
            v.put(k, value);
          }
        });
    return v;
  }

  public boolean failed(Views.RuleCheck r) {
    return r.result() == RuleOutcome.Result.FAIL;
  }

  public List<RegisterItem> getRegisterItems() {
    return java.util.Arrays.stream(RegisterItem.values())
        .filter(i -> !i.byOperationOnly())
        .toList();
  }

  public boolean is(Views.FormField f, String kind) {
    return f.kind() == FieldKind.valueOf(kind);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getBundle() {
    return bundle;
  }

  public void setBundle(String bundle) {
    this.bundle = bundle;
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  public Step getStep() {
    return step;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, String> getProblems() {
    return problems;
  }

  public List<Views.FormSection> getSections() {
    return sections;
  }

  public Views.Notice getNotice() {
    return notice;
  }

  public Views.EligibilityCheck getEligibility() {
    return eligibility;
  }

  public List<String> getMaterialsSeen() {
    return materialsSeen;
  }

  public void setMaterialsSeen(List<String> materialsSeen) {
    this.materialsSeen = materialsSeen == null ? new ArrayList<>() : materialsSeen;
  }

  public Views.Detail getSubmitted() {
    return submitted;
  }
}
