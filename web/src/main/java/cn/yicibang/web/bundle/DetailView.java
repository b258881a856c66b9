package cn.yicibang.web.bundle;

import cn.yicibang.domain.bundle.BundleStatus;
import cn.yicibang.domain.bundle.InvalidFieldsException;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.bundle.BundleCatalogue;
import cn.yicibang.ejb.bundle.BundleFormPrinting;
import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.bundle.BundleTracking;
import cn.yicibang.ejb.bundle.Views;
import cn.yicibang.web.printing.Pdfs;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * bundle/detail.xhtml: one application — each department's part with its status and result, the
 * timeline, the forms, and correcting and resending a part a department returned.
 */
@Named
@ViewScoped
public class DetailView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private BundleTracking tracking;

  @Inject private BundleIntake intake;

  @Inject private BundleFormPrinting forms;

  @Inject private BundleCatalogue catalogue;

  private String no;
  private Views.Detail detail;
  private String correcting;
  private List<Views.FormField> correctionFields;
  private final Map<String, String> values = new HashMap<>();
  private Map<String, String> problems = new HashMap<>();

  public void load() {
    if (detail == null && no != null) {
      detail = tracking.detail(no, locale());
    }
  }

  /** Opens a returned part for correction with its current values. */
  public void correct(String itemCode) {
    correcting = itemCode;
    values.clear();
    values.putAll(tracking.partValues(no, itemCode));
    var keys = values.keySet();
    correctionFields =
        intake.form(detail.bundleCode(), locale()).stream()
            .flatMap(s -> s.fields().stream())
            .filter(f -> keys.contains(f.key()))
            .toList();
    problems = new HashMap<>();
  }

  public void resend() {
    try {
      Map<String, String> v = new HashMap<>();
      values.forEach((k, value) -> v.put(k, value == null || value.isBlank() ? null : value));
      detail = tracking.resend(no, correcting, v, null, locale());
      correcting = null;
      problems = new HashMap<>();
    } catch (InvalidFieldsException e) {
      problems = catalogue.describe(e.problems(), locale());
    }
  }

  public void cancel() {
    correcting = null;
  }

  public boolean is(Views.FormField f, String kind) {
    return f.kind().name().equals(kind);
  }

  public List<RegisterItem> getRegisterItems() {
    return java.util.Arrays.stream(RegisterItem.values())
        .filter(i -> !i.byOperationOnly())
        .toList();
  }

  public boolean returned(Views.TaskView t) {
    return t.status() == TaskStatus.RETURNED;
  }

  public boolean isCompleted() {
    return detail.status() == BundleStatus.COMPLETED;
  }

  public StreamedContent getFormPdf() {
    return Pdfs.download(forms.form(no, Pdfs.OFFICIAL));
  }

  public StreamedContent getReceiptPdf() {
    return Pdfs.download(forms.receipt(no, Pdfs.OFFICIAL));
  }

  public StreamedContent getCompletionPdf() {
    return Pdfs.download(forms.completion(no, Pdfs.OFFICIAL));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public Views.Detail getDetail() {
    return detail;
  }

  public String getCorrecting() {
    return correcting;
  }

  public List<Views.FormField> getCorrectionFields() {
    return correctionFields;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, String> getProblems() {
    return problems;
  }
}
