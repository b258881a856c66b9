package cn.yicibang.ejb.scan;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.printing.PrintedForm;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.bundle.Applications;
import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.household.Cases;
import cn.yicibang.ejb.mediation.Disputes;
import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Says what a number typed or scanned at a counter names, if the caller may open it: an acceptance
 * number, a bundle's tracking number, a dispute's case number, a printed form's verification
 * reference, an identity number, or the address a printed QR code carries (which holds one of
 * them). Whatever the caller may not see reads as not found, as everywhere. Each look runs in the
 * transaction of the service it asks, so a miss in one does not spoil the next.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NumberLookup {

  /** An acceptance number: the station's division code, the year, a serial. */
  private static final Pattern ACCEPTANCE = Pattern.compile("\\d{9}-\\d{4}-\\d{6}");

  /** A printed form's verification reference: a prefix, the day, eight random characters. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2}-\\d{8}-[0-9A-Z]{8}");

  private static final Pattern IDENTITY = Pattern.compile("\\d{17}[0-9X]");

  /** The longest input worth reading: a printed address with its number. */
  public static final int INPUT_MAX = 300;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Cases cases;

  @Inject private Applications bundles;

  @Inject private Disputes disputes;

  @Inject private VisibleResidents residents;

  /**
   * What the input names.
   *
   * @throws NotFoundException {@code scan.notFound} when it names nothing the caller may open,
   *     {@code scan.unknown} when it is no number Yicibang prints
   */
  public Target find(String input) {
    String number = number(input);
    Caller caller = callers.current();
    if (ACCEPTANCE.matcher(number).matches()) {
      return new Target(Target.Kind.CASE, cases.byAcceptanceNo(caller, number).id().toString());
    }
    if (number.startsWith(BundleIntake.TRACKING_PREFIX)) {
      return new Target(
          Target.Kind.BUNDLE, bundles.byTrackingNo(caller, number, false).trackingNo());
    }
    if (number.startsWith(MediationIntake.CASE_PREFIX)) {
      return new Target(Target.Kind.DISPUTE, disputes.byCaseNo(caller, number, false).caseNo());
    }
    if (REFERENCE.matcher(number).matches()) {
      return printed(caller, number);
    }
    if (IDENTITY.matcher(number).matches() && ResidentId.isValid(number)) {
      return residents
          .find(caller, ResidentId.of(number))
          .map(p -> new Target(Target.Kind.PERSON, p.id().toString()))
          .orElseThrow(() -> new NotFoundException("scan.notFound", number));
    }
    throw new NotFoundException("scan.unknown", number);
  }

  /** The form's subject: the case, bundle, dispute or person it was printed for. */
  private Target printed(Caller caller, String reference) {
    PrintedForm form = em.find(PrintedForm.class, reference);
    if (form == null) {
      throw new NotFoundException("scan.notFound", reference);
    }
    String subject = form.subjectId();
    return switch (form.form()) {
      case "REGISTER_EXTRACT" ->
          new Target(
              Target.Kind.PERSON, residents.byId(caller, UUID.fromString(subject)).id().toString());
      case "BUNDLE_APPLICATION", "BUNDLE_RECEIPT", "BUNDLE_COMPLETION" ->
          new Target(Target.Kind.BUNDLE, bundles.byTrackingNo(caller, subject, false).trackingNo());
      case "MEDIATION_HANDOVER", "MEDIATION_AGREEMENT", "MEDIATION_REFERRAL" ->
          new Target(Target.Kind.DISPUTE, disputes.byCaseNo(caller, subject, false).caseNo());
      case "BUNDLE_NOTICE", "MEDIATION_MONTHLY" -> throw new NotFoundException("scan.noCase");
      default ->
          new Target(
              Target.Kind.CASE, cases.byId(caller, UUID.fromString(subject)).id().toString());
    };
  }

  /**
   * The number in what was typed or scanned: trimmed and in capitals, or the number an address
   * printed in a QR code carries ({@code …?no=…} or {@code …?ref=…}).
   */
  static String number(String input) {
    String s = input == null ? "" : input.strip();
    if (s.isEmpty()) {
      throw new BusinessException("scan.empty");
    }
    if (s.length() > INPUT_MAX) {
      throw new NotFoundException("scan.unknown", s.substring(0, 40) + "…");
    }
    if (s.contains("://")) {
      String query;
      try {
        query = URI.create(s).getRawQuery();
      } catch (IllegalArgumentException e) {
        query = null;
      }
      for (String pair : query == null ? new String[0] : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (eq > 0 && (name.equals("no") || name.equals("ref"))) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
              .strip()
              .toUpperCase(Locale.ROOT);
        }
      }
      throw new NotFoundException("scan.unknown", s);
    }
    return s.replace(" ", "").toUpperCase(Locale.ROOT);
  }
}
