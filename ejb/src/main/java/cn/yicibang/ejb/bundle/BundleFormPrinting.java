package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleStatus;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.printing.FormLabels;
import cn.yicibang.ejb.printing.FormPrinting;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.OfficialForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the bundle's four forms: the one-time notification (before the citizen has brought
 * anything), the one application form (for signature, before or after submission), the receipt with
 * the tracking number, and the completion notice. Each print is recorded and audited by {@link
 * FormPrinting}.
 */
@Stateless
@RolesAllowed({Role.HALL_CLERK, Role.HALL_SUPERVISOR, Role.ADMINISTRATOR})
public class BundleFormPrinting {

  @Inject private Callers callers;

  @Inject private FormPrinting printing;

  @Inject private BundleCatalogue catalogue;

  @Inject private Applications applications;

  /** 一次性告知书: every material once, every office with its time limit, the conditions. */
  public PrintedDocument notice(String bundle, Locale locale) {
    Caller caller = callers.current();
    Views.Notice n = catalogue.notice(bundle, locale);
    return printing.print(
        caller,
        OfficialForm.BUNDLE_NOTICE,
        "YN",
        "Bundle",
        bundle,
        locale,
        (labels, today, reference) -> {
          String separator = labels.bundle().getString("list.separator");
          List<Map<String, String>> rows = new ArrayList<>();
          int no = 1;
          for (Views.NoticeMaterial m : n.materials()) {
            rows.add(
                row(
                    "materials",
                    no++,
                    m.name(),
                    String.join(separator, m.neededBy()) + m.when(),
                    m.note()));
          }
          no = 1;
          for (Views.NoticeOffice o : n.offices()) {
            String limit = Presentation.format(labels, "bundle.notice.days", o.days());
            if (!o.waitsFor().isEmpty()) {
              limit +=
                  Presentation.format(
                      labels, "bundle.notice.after", String.join(separator, o.waitsFor()));
            }
            rows.add(row("offices", no++, o.department(), o.item(), limit));
          }
          return FormData.create()
              .field("bundleName", n.name())
              .field("hall", caller.organisation().name(labels.locale()))
              .field("issuedOn", today.format(labels.dateFormat()))
              .field("clerk", caller.displayName())
              .field("eligibility", numbered(n.conditions()))
              .field(
                  "totalDays", Presentation.format(labels, "bundle.notice.total", n.longestDays()))
              .field("hallContact", caller.organisation().contact(labels.locale()))
              .rows(rows);
        });
  }

  /** 一表申请表 from values typed but not yet submitted, for the applicant's signature. */
  public PrintedDocument draftForm(String bundle, Map<String, String> values, Locale locale) {
    BundleDefinition d = catalogue.published(bundle);
    return form(callers.current(), d, values, "", bundle, locale);
  }

  /** 一表申请表 of a submitted application, with its tracking number. */
  public PrintedDocument form(String trackingNo, Locale locale) {
    Caller caller = callers.current();
    BundleApplication a = applications.byTrackingNo(caller, trackingNo, false);
    return form(caller, a.definition(), a.values(), a.trackingNo(), a.trackingNo(), locale);
  }

  private PrintedDocument form(
      Caller caller,
      BundleDefinition d,
      Map<String, String> values,
      String trackingNo,
      String subject,
      Locale locale) {
    Map<String, FieldDefinition> fields = catalogue.fields();
    return printing.print(
        caller,
        OfficialForm.BUNDLE_APPLICATION,
        "YA",
        "BundleApplication",
        subject,
        locale,
        (labels, today, reference) -> {
          List<Map<String, String>> rows = new ArrayList<>();
          for (Views.FormSection s : Presentation.sections(d, fields, labels.locale())) {
            for (Views.FormField f : s.fields()) {
              String raw = values.get(f.key());
              Map<String, String> row = new LinkedHashMap<>();
              row.put("group", s.name());
              row.put("label", f.label());
              row.put(
                  "value",
                  raw == null || raw.isBlank()
                      ? ""
                      : safeDisplay(fields.get(f.key()), raw, labels));
              rows.add(row);
            }
          }
          return FormData.create()
              .field("trackingNo", trackingNo)
              .field("bundleName", d.name(labels.locale()))
              .field("hall", caller.organisation().name(labels.locale()))
              .field("preparedOn", today.format(labels.dateFormat()))
              .field("clerk", caller.displayName())
              .field(
                  "items",
                  numbered(
                      d.itemsInOrder().stream()
                          .map(
                              i ->
                                  Presentation.format(
                                      labels,
                                      "bundle.form.itemAtOffice",
                                      i.name(labels.locale()),
                                      Presentation.department(i, labels.locale())))
                          .toList()))
              .rows(rows);
        });
  }

  /** A value typed into the form but not checked yet prints as typed when it is not valid. */
  private static String safeDisplay(FieldDefinition f, String raw, FormLabels labels) {
    try {
      return Presentation.display(f, raw.strip(), labels);
    } catch (RuntimeException e) {
      return raw.strip();
    }
  }

  /** 受理回执: the tracking number (Code128 and QR to the public status page), each part's date. */
  public PrintedDocument receipt(String trackingNo, Locale locale) {
    Caller caller = callers.current();
    BundleApplication a = applications.byTrackingNo(caller, trackingNo, false);
    return printing.print(
        caller,
        OfficialForm.BUNDLE_RECEIPT,
        "YR",
        "BundleApplication",
        a.trackingNo(),
        locale,
        (labels, today, reference) -> {
          DateTimeFormatter date = labels.dateFormat();
          List<Map<String, String>> rows = new ArrayList<>();
          int no = 1;
          for (BundleTask t : a.tasksInOrder()) {
            Map<String, String> row = taskRow(no++, t, labels);
            row.put(
                "dueOn",
                t.dueOn() != null
                    ? t.dueOn().format(date)
                    : Presentation.format(
                        labels, "bundle.receipt.afterEarlier", t.item().timeLimitDays()));
            rows.add(row);
          }
          return FormData.create()
              .field("trackingNo", a.trackingNo())
              .field("bundleName", a.definition().name(labels.locale()))
              .field("applicantName", a.applicantName())
              .field("maskedResidentId", a.applicantResidentId().masked())
              .field("hall", a.hall().name(labels.locale()))
              .field("submittedOn", date(a).format(date))
              .field("clerk", caller.displayName())
              .field("dueOn", a.dueOn().format(date))
              .field("statusHint", Presentation.format(labels, "bundle.receipt.statusHint"))
              .field("statusUrl", printing.progressUrl(a.trackingNo()))
              .rows(rows)
              .qrCode("verificationQrCode", printing.progressUrl(a.trackingNo()))
              .code128("verificationCode128", a.trackingNo());
        });
  }

  /** 办结通知书: printed once every part is completed, with each department's result. */
  public PrintedDocument completion(String trackingNo, Locale locale) {
    Caller caller = callers.current();
    BundleApplication a = applications.byTrackingNo(caller, trackingNo, false);
    if (a.status() != BundleStatus.COMPLETED) {
      throw new BusinessException("bundle.completion.notYet");
    }
    return printing.print(
        caller,
        OfficialForm.BUNDLE_COMPLETION,
        "YC",
        "BundleApplication",
        a.trackingNo(),
        locale,
        (labels, today, reference) -> {
          DateTimeFormatter date = labels.dateFormat();
          List<Map<String, String>> rows = new ArrayList<>();
          int no = 1;
          for (BundleTask t : a.tasksInOrder()) {
            Map<String, String> row = taskRow(no++, t, labels);
            row.put("result", t.resultRef());
            row.put(
                "completedOn",
                LocalDate.ofInstant(t.completedAt(), FormPrinting.DISTRICT_ZONE).format(date));
            rows.add(row);
          }
          return FormData.create()
              .field("trackingNo", a.trackingNo())
              .field("bundleName", a.definition().name(labels.locale()))
              .field("applicantName", a.applicantName())
              .field("maskedResidentId", a.applicantResidentId().masked())
              .field("hall", a.hall().name(labels.locale()))
              .field("submittedOn", date(a).format(date))
              .field(
                  "completedOn",
                  LocalDate.ofInstant(a.completedAt(), FormPrinting.DISTRICT_ZONE).format(date))
              .rows(rows)
              .qrCode("verificationQrCode", printing.verificationUrl(reference));
        });
  }

  private static LocalDate date(BundleApplication a) {
    return LocalDate.ofInstant(a.createdAt(), FormPrinting.DISTRICT_ZONE);
  }

  /** The columns the receipt and the completion notice share: number, office, matter. */
  private static Map<String, String> taskRow(int no, BundleTask t, FormLabels labels) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("no", Integer.toString(no));
    row.put("department", t.department().name(labels.locale()));
    row.put("item", t.item().name(labels.locale()));
    return row;
  }

  private static String numbered(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(i + 1).append(". ").append(lines.get(i));
      if (i < lines.size() - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static Map<String, String> row(
      String group, int no, String col1, String col2, String col3) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("groupKey", group);
    row.put("no", Integer.toString(no));
    row.put("col1", col1);
    row.put("col2", col2);
    row.put("col3", col3);
    return row;
  }
}
