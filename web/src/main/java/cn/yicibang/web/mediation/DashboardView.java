package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationStatistics;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * mediation/dashboard.xhtml: the supervisor's figures for a period — tiles for the totals, charts
 * by month, dispute type and town (against the year before), tables by body and level. The charts
 * are Chart.js configurations built here from the figures, labels from the message bundle.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final String[] COLOURS = {
    "#0b3d6e", "#2e86c1", "#1f7a3a", "#b9770e", "#a61b1b", "#6c3483", "#117a65", "#7b7d7d"
  };

  @Inject private MediationStatistics statistics;

  @Inject private cn.yicibang.ejb.mediation.MediationFormPrinting forms;

  private String from;
  private String to;
  private MediationStatistics.Figures figures;

  public void load() {
    if (figures == null) {
      apply();
    }
  }

  public void apply() {
    figures = statistics.figures(from, to, locale());
    from = figures.from();
    to = figures.to();
  }

  /** Received, settled and referred per month. */
  public String getByMonthChart() {
    List<MediationStatistics.Row> rows = figures.byMonth();
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels(rows))
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            dataset(
                                "mediation.dashboard.received",
                                rows,
                                MediationStatistics.Row::received,
                                1))
                        .add(
                            dataset(
                                "mediation.dashboard.settled",
                                rows,
                                MediationStatistics.Row::settled,
                                2))
                        .add(
                            dataset(
                                "mediation.dashboard.referred",
                                rows,
                                MediationStatistics.Row::referred,
                                4))))
        .add("options", options())
        .build()
        .toString();
  }

  /** Disputes received by type. */
  public String getByTypeChart() {
    List<MediationStatistics.Row> rows = figures.byType();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < rows.size(); i++) {
      colours.add(COLOURS[i % COLOURS.length]);
    }
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(r -> values.add(r.received()));
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels(rows))
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", text("mediation.dashboard.received"))
                                .add("data", values)
                                .add("backgroundColor", colours))))
        .add("options", options())
        .build()
        .toString();
  }

  /** Each town's disputes, this period against the same months a year before. */
  public String getIncidenceChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder now = Json.createArrayBuilder();
    JsonArrayBuilder before = Json.createArrayBuilder();
    figures
        .incidence()
        .forEach(
            t -> {
              labels.add(t.name());
              now.add(t.received());
              before.add(t.receivedYearBefore());
            });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", text("mediation.dashboard.yearBefore"))
                                .add("data", before)
                                .add("backgroundColor", COLOURS[7]))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", text("mediation.dashboard.thisPeriod"))
                                .add("data", now)
                                .add("backgroundColor", COLOURS[0]))))
        .add("options", options())
        .build()
        .toString();
  }

  private JsonObjectBuilder dataset(
      String label,
      List<MediationStatistics.Row> rows,
      ToLongFunction<MediationStatistics.Row> value,
      int colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.applyAsLong(r)));
    return Json.createObjectBuilder()
        .add("label", text(label))
        .add("data", data)
        .add("backgroundColor", COLOURS[colour]);
  }

  private static JsonArrayBuilder labels(List<MediationStatistics.Row> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.name()));
    return labels;
  }

  private static JsonObjectBuilder options() {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false);
  }

  private static String text(String key) {
    return Messages.format(locale(), key);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The monthly report of the period's last month, printed. */
  public org.primefaces.model.StreamedContent getMonthlyPdf() {
    return cn.yicibang.web.printing.Pdfs.download(
        forms.monthly(figures.to(), cn.yicibang.web.printing.Pdfs.OFFICIAL));
  }

  /** The same report as a spreadsheet. */
  public org.primefaces.model.StreamedContent getMonthlyXlsx() {
    byte[] xlsx = forms.monthlySpreadsheet(figures.to(), cn.yicibang.web.printing.Pdfs.OFFICIAL);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name("mediation-monthly-" + figures.to() + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) xlsx.length)
        .stream(() -> new java.io.ByteArrayInputStream(xlsx))
        .build();
  }

  public MediationStatistics.Figures getFigures() {
    return figures;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
