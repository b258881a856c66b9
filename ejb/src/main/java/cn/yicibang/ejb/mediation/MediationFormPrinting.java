package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.mediation.AgreementKind;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.mediation.Party;
import cn.yicibang.domain.mediation.Round;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionLevel;
import cn.yicibang.domain.organisation.Organisation;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The handoff's official forms: the handover letter (移交告知书) the station prints with the dispute,
 * the mediation agreement (人民调解协议书) in as many copies as parties plus one, and the note that
 * mediation ended without agreement (人民调解终止告知书). Each print is recorded and audited; the agreement
 * prints the parties' document numbers in full, as the court confirming it needs.
 */
@Stateless
@RolesAllowed({
  Role.POLICE_OFFICER,
  Role.STATION_HEAD,
  Role.MEDIATOR,
  Role.MEDIATION_SUPERVISOR,
  Role.ADMINISTRATOR
})
public class MediationFormPrinting {

  private static final ZoneId DISTRICT = FormPrinting.DISTRICT_ZONE;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Disputes disputes;

  @Inject private FormPrinting printing;

  @Inject private MediationStatistics statistics;

  @Inject private cn.yicibang.ejb.printing.FormEngine engine;

  @Inject private cn.yicibang.ejb.audit.AuditLog audit;

  /** 人民调解移交告知书: to the body the dispute is with, from the station. */
  public PrintedDocument handover(String caseNo, Locale locale) {
    Caller caller = callers.current();
    DisputeCase c = disputes.byCaseNo(caller, caseNo, false);
    if (c.body() == null) {
      throw new BusinessException("mediation.form.notHandedOver");
    }
    return printing.print(
        caller,
        OfficialForm.MEDIATION_HANDOVER,
        "MH",
        "DisputeCase",
        c.caseNo(),
        locale,
        (labels, today, reference) -> {
          List<Map<String, String>> rows = new ArrayList<>();
          for (Party p : c.parties()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("role", labels.of(p.role()));
            row.put("name", p.name());
            row.put("idDocument", labels.of(p.idKind()) + " " + p.maskedIdNumber());
            row.put("phone", nz(p.phone()));
            rows.add(row);
          }
          Locale l = labels.locale();
          return FormData.create()
              .field("station", c.station().name(l))
              .field("caseNo", c.caseNo())
              .field("source", source(c, labels))
              .field("disputeType", c.type().name(l))
              .field("place", path(c.place(), labels) + " " + c.placeText())
              .field("body", c.body().organisation().name(l))
              .field("urgency", labels.of(c.urgency()))
              .field("summary", c.summary())
              .field("acceptBy", dateTime(labels).format(c.acceptDueAt().atZone(DISTRICT)))
              .field("handedOverOn", labels.dateFormat().format(c.handedOverAt().atZone(DISTRICT)))
              .qrCode("verificationQrCode", printing.verificationUrl(reference))
              .rows(rows);
        });
  }

  /** 人民调解协议书: one copy for each party and one kept by the committee. */
  public PrintedDocument agreement(String caseNo, Locale locale) {
    Caller caller = callers.current();
    DisputeCase c = disputes.byCaseNo(caller, caseNo, false);
    if ((c.status() != DisputeStatus.SETTLED && c.status() != DisputeStatus.CLOSED)
        || c.agreementKind() != AgreementKind.WRITTEN) {
      throw new BusinessException("mediation.form.noWrittenAgreement");
    }
    Round settledIn = c.rounds().get(c.rounds().size() - 1);
    return printing.print(
        caller,
        OfficialForm.MEDIATION_AGREEMENT,
        "MA",
        "DisputeCase",
        c.caseNo(),
        locale,
        (labels, today, reference) -> {
          Locale l = labels.locale();
          int copies = c.parties().size() + 1;
          List<Map<String, String>> rows = new ArrayList<>();
          List<String> signatures = new ArrayList<>();
          for (Party p : c.parties()) {
            signatures.add(
                format(labels, "mediation.form.signatureLine", labels.of(p.role()), p.name()));
          }
          for (int copy = 1; copy <= copies; copy++) {
            String holder =
                copy < copies
                    ? format(
                        labels,
                        "mediation.form.copyOfParty",
                        copy,
                        copies,
                        labels.of(c.parties().get(copy - 1).role()),
                        c.parties().get(copy - 1).name())
                    : format(labels, "mediation.form.copyOfCommittee", copy, copies);
            for (Party p : c.parties()) {
              Map<String, String> row = new LinkedHashMap<>();
              row.put("copy", Integer.toString(copy));
              row.put("copyLabel", holder);
              row.put("role", labels.of(p.role()));
              row.put("name", p.name());
              row.put("sex", p.sex() == null ? "" : labels.of(p.sex()));
              row.put("idDocument", labels.of(p.idKind()) + " " + p.idNumber());
              row.put("address", (nz(p.address()) + " " + nz(p.phone())).strip());
              rows.add(row);
            }
          }
          return FormData.create()
              .field("committee", c.body().organisation().name(l))
              .field("caseNo", c.caseNo())
              .field("disputeType", c.type().name(l))
              .field("facts", c.agreementFacts())
              .field("matters", c.agreementMatters())
              .field("content", c.agreementContent())
              .field("performance", c.performanceManner())
              .field("performanceDue", labels.dateFormat().format(c.performanceDue()))
              .field("copies", Integer.toString(copies))
              .field("signatures", String.join("\n", signatures))
              .field("mediators", settledIn.mediators())
              .field("settledOn", labels.dateFormat().format(c.settledAt().atZone(DISTRICT)))
              .field("confirmationDue", labels.dateFormat().format(c.confirmationDue()))
              .qrCode("verificationQrCode", printing.verificationUrl(reference))
              .rows(rows);
        });
  }

  /** 人民调解终止告知书: every session held, and where the dispute is referred. */
  public PrintedDocument referral(String caseNo, Locale locale) {
    Caller caller = callers.current();
    DisputeCase c = disputes.byCaseNo(caller, caseNo, false);
    if (c.status() != DisputeStatus.REFERRED) {
      throw new BusinessException("mediation.form.notReferred");
    }
    Map<MediationLevel, LevelRule> levels = disputes.levels();
    return printing.print(
        caller,
        OfficialForm.MEDIATION_REFERRAL,
        "MR",
        "DisputeCase",
        c.caseNo(),
        locale,
        (labels, today, reference) -> {
          Locale l = labels.locale();
          List<Map<String, String>> rows = new ArrayList<>();
          int no = 0;
          for (Round r : c.rounds()) {
            Organisation body = em.find(Organisation.class, r.bodyId());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("no", Integer.toString(++no));
            row.put("heldOn", labels.dateFormat().format(r.heldOn()));
            row.put("level", levels.get(r.level()).name(l));
            row.put("mediatedBy", body == null ? r.bodyId() : body.name(l));
            row.put("result", labels.of(r.result()));
            rows.add(row);
          }
          List<String> perLevel = new ArrayList<>();
          for (LevelRule rule : levels.values()) {
            int held = c.roundsAt(rule.level());
            if (held > 0) {
              perLevel.add(format(labels, "mediation.form.roundsAtLevel", rule.name(l), held));
            }
          }
          String separator = labels.bundle().getString("list.separator");
          return FormData.create()
              .field("body", c.body().organisation().name(l))
              .field("caseNo", c.caseNo())
              .field("disputeType", c.type().name(l))
              .field("parties", MediationPresentation.partyNames(c, labels))
              .field("station", c.station().name(l))
              .field("rounds", String.join(separator, perLevel))
              .field("route", labels.of(c.referral()))
              .field("note", c.referralNote())
              .field("referredOn", labels.dateFormat().format(c.closedAt().atZone(DISTRICT)))
              .qrCode("verificationQrCode", printing.verificationUrl(reference))
              .rows(rows);
        });
  }

  /** 人民调解工作月报 of a month ({@code yyyy-MM}) as PDF, recorded and audited like every form. */
  @RolesAllowed({Role.MEDIATION_SUPERVISOR, Role.ADMINISTRATOR})
  public PrintedDocument monthly(String month, Locale locale) {
    Caller caller = callers.current();
    MediationStatistics.Figures f = statistics.figures(month, month, locale);
    return printing.print(
        caller,
        OfficialForm.MEDIATION_MONTHLY,
        "MM",
        "MediationMonth",
        f.from(),
        locale,
        (labels, today, reference) -> monthlyData(f, caller, labels, today));
  }

  /** The same monthly report as a spreadsheet, for those who go on counting; audited. */
  @RolesAllowed({Role.MEDIATION_SUPERVISOR, Role.ADMINISTRATOR})
  public byte[] monthlySpreadsheet(String month, Locale locale) {
    Caller caller = callers.current();
    MediationStatistics.Figures f = statistics.figures(month, month, locale);
    FormLabels labels = FormLabels.of(locale);
    byte[] xlsx =
        engine.renderXlsx(
            OfficialForm.MEDIATION_MONTHLY,
            monthlyData(f, caller, labels, Disputes.today()),
            labels.locale());
    audit.record(
        caller,
        cn.yicibang.domain.audit.AuditAction.PRINT_FORM,
        "MediationMonth",
        f.from(),
        OfficialForm.MEDIATION_MONTHLY.name() + " xlsx");
    return xlsx;
  }

  private static FormData monthlyData(
      MediationStatistics.Figures f, Caller caller, FormLabels labels, java.time.LocalDate today) {
    List<Map<String, String>> rows = new ArrayList<>();
    addRows(rows, "level", f.byLevel());
    addRows(rows, "body", f.byBody());
    addRows(rows, "type", f.byType());
    addRows(rows, "town", f.byTown());
    MediationStatistics.Row t = f.total();
    java.time.YearMonth month = java.time.YearMonth.parse(f.from());
    return FormData.create()
        .field("issuer", caller.organisation().name(labels.locale()))
        .field(
            "month",
            DateTimeFormatter.ofPattern(labels.bundle().getString("format.month"), labels.locale())
                .format(month))
        .field("received", Long.toString(t.received()))
        .field("accepted", Long.toString(t.accepted()))
        .field("settled", Long.toString(t.settled()))
        .field("referred", Long.toString(t.referred()))
        .field("rate", percent(t.settlementRate()))
        .field("median", number(f.medianDaysToSettle()))
        .field("rounds", number(t.roundsPerConcluded()))
        .field("issuedOn", labels.dateFormat().format(today))
        .rows(rows);
  }

  private static void addRows(
      List<Map<String, String>> rows, String section, List<MediationStatistics.Row> figures) {
    for (MediationStatistics.Row r : figures) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("groupKey", section);
      row.put("name", r.name());
      row.put("received", Long.toString(r.received()));
      row.put("accepted", Long.toString(r.accepted()));
      row.put("settled", Long.toString(r.settled()));
      row.put("referred", Long.toString(r.referred()));
      row.put("rate", percent(r.settlementRate()));
      row.put("rounds", number(r.roundsPerConcluded()));
      rows.add(row);
    }
  }

  private static String percent(Double value) {
    return value == null ? "—" : value + "%";
  }

  private static String number(Double value) {
    return value == null ? "—" : value.toString();
  }

  private static String source(DisputeCase c, FormLabels labels) {
    String s = labels.of(c.source());
    return c.sourceRef() == null
        ? s
        : format(labels, "mediation.form.sourceWithRef", s, c.sourceRef());
  }

  /** The place from the town down: 东庄镇东沁村第一网格第一单元. */
  static String path(Division d, FormLabels labels) {
    List<String> names = new ArrayList<>();
    for (Division at = d; at != null && at.level() != DivisionLevel.DISTRICT; at = at.parent()) {
      names.add(0, at.name(labels.locale()));
    }
    return String.join(labels.bundle().getString("place.separator"), names);
  }

  private static DateTimeFormatter dateTime(FormLabels labels) {
    return DateTimeFormatter.ofPattern(
        labels.bundle().getString("format.datetime"), labels.locale());
  }

  private static String format(FormLabels labels, String key, Object... args) {
    return new MessageFormat(labels.bundle().getString(key), labels.locale()).format(args);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
