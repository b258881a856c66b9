package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.renderers.Renderable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parameter and row column names the service layer codes against. Renaming one in a template
 * breaks a caller at run time only, so the agreed names are pinned here.
 */
class FormContractTest {

  private static final List<String> CODES = List.of("verificationQrCode", "verificationCode128");

  static Stream<Arguments> contracts() {
    return Stream.of(
        arguments(
            OfficialForm.BIRTH_DECLARATION,
            List.of(
                "acceptanceNo",
                "station",
                "acceptedOn",
                "clerk",
                "name",
                "sex",
                "ethnicity",
                "birthDate",
                "birthplace",
                "certificateNo",
                "residentId",
                "surname",
                "motherName",
                "motherResidentId",
                "fatherName",
                "fatherResidentId",
                "householdNo",
                "headName",
                "relationToHead",
                "address",
                "applicantName",
                "applicantRelation",
                "applicantResidentId",
                "materials",
                "reason",
                "stationOpinion",
                "stationSigner",
                "stationDate",
                "verificationQrCode",
                "verificationCode128"),
            List.of()),
        arguments(
            OfficialForm.DEREGISTRATION_PROOF,
            List.of(
                "proofNo",
                "station",
                "issuedOn",
                "name",
                "sex",
                "birthDate",
                "residentId",
                "address",
                "householdNo",
                "diedOn",
                "deregisteredOn",
                "acceptanceNo",
                "legalBasis",
                "verificationQrCode"),
            List.of()),
        arguments(
            OfficialForm.MIGRATION_RECORD,
            List.of(
                "recordNo",
                "station",
                "issuedOn",
                "fromAddress",
                "fromHouseholdNo",
                "destination",
                "acceptanceNo",
                "legalBasis",
                "validUntil",
                "verificationQrCode"),
            List.of(
                "name",
                "sex",
                "birthDate",
                "residentId",
                "ethnicity",
                "birthplace",
                "relationToHead")),
        arguments(
            OfficialForm.CHANGE_APPLICATION,
            List.of(
                "acceptanceNo",
                "station",
                "acceptedOn",
                "name",
                "sex",
                "birthDate",
                "residentId",
                "ethnicity",
                "householdNo",
                "headName",
                "relationToHead",
                "address",
                "applicantName",
                "applicantResidentId",
                "applicantRelation",
                "childConsent",
                "reason",
                "materials",
                "clerk",
                "stationOpinion",
                "stationSigner",
                "stationDate",
                "branchOpinion",
                "branchSigner",
                "branchDate",
                "cityOpinion",
                "citySigner",
                "cityDate",
                "verificationQrCode",
                "verificationCode128"),
            List.of("item", "itemClass", "oldValue", "newValue")),
        arguments(
            OfficialForm.CHANGE_RECEIPT,
            List.of(
                "operation",
                "acceptanceNo",
                "station",
                "acceptedOn",
                "name",
                "maskedResidentId",
                "applicantName",
                "dueOn",
                "clerk",
                "statusHint",
                "statusUrl",
                "verificationQrCode",
                "verificationCode128"),
            List.of("item", "newValue")),
        arguments(
            OfficialForm.SUPPLEMENT_NOTICE,
            List.of(
                "operation",
                "noticeNo",
                "station",
                "issuedOn",
                "applicantName",
                "name",
                "items",
                "deadline",
                "clerk",
                "verificationQrCode"),
            List.of("material", "note")),
        arguments(
            OfficialForm.REFUSAL_DECISION,
            List.of(
                "operation",
                "decisionNo",
                "acceptanceNo",
                "station",
                "decidedOn",
                "applicantName",
                "name",
                "maskedResidentId",
                "items",
                "grounds",
                "legalBasis",
                "remedy",
                "decidedBy",
                "verificationQrCode"),
            List.of()),
        arguments(
            OfficialForm.BUNDLE_NOTICE,
            List.of(
                "bundleName",
                "hall",
                "issuedOn",
                "clerk",
                "eligibility",
                "totalDays",
                "hallContact"),
            List.of("groupKey", "no", "col1", "col2", "col3")),
        arguments(
            OfficialForm.BUNDLE_APPLICATION,
            List.of("trackingNo", "bundleName", "hall", "preparedOn", "clerk", "items"),
            List.of("group", "label", "value")),
        arguments(
            OfficialForm.BUNDLE_RECEIPT,
            List.of(
                "trackingNo",
                "bundleName",
                "applicantName",
                "maskedResidentId",
                "hall",
                "submittedOn",
                "clerk",
                "dueOn",
                "statusHint",
                "statusUrl",
                "verificationQrCode",
                "verificationCode128"),
            List.of("no", "department", "item", "dueOn")),
        arguments(
            OfficialForm.BUNDLE_COMPLETION,
            List.of(
                "trackingNo",
                "bundleName",
                "applicantName",
                "maskedResidentId",
                "hall",
                "submittedOn",
                "completedOn",
                "verificationQrCode"),
            List.of("no", "department", "item", "result", "completedOn")),
        arguments(
            OfficialForm.MEDIATION_HANDOVER,
            List.of(
                "station",
                "caseNo",
                "source",
                "disputeType",
                "place",
                "body",
                "urgency",
                "summary",
                "acceptBy",
                "handedOverOn",
                "verificationQrCode"),
            List.of("role", "name", "idDocument", "phone")),
        arguments(
            OfficialForm.MEDIATION_AGREEMENT,
            List.of(
                "committee",
                "caseNo",
                "disputeType",
                "facts",
                "matters",
                "content",
                "performance",
                "performanceDue",
                "copies",
                "signatures",
                "mediators",
                "settledOn",
                "confirmationDue",
                "verificationQrCode"),
            List.of("copy", "copyLabel", "role", "name", "sex", "idDocument", "address")),
        arguments(
            OfficialForm.MEDIATION_REFERRAL,
            List.of(
                "body",
                "caseNo",
                "disputeType",
                "parties",
                "station",
                "rounds",
                "route",
                "note",
                "referredOn",
                "verificationQrCode"),
            List.of("no", "heldOn", "level", "mediatedBy", "result")),
        arguments(
            OfficialForm.MEDIATION_MONTHLY,
            List.of(
                "issuer",
                "month",
                "received",
                "accepted",
                "settled",
                "referred",
                "rate",
                "median",
                "rounds",
                "issuedOn"),
            List.of(
                "groupKey",
                "name",
                "received",
                "accepted",
                "settled",
                "referred",
                "rate",
                "rounds")));
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void declaresExactlyTheAgreedParametersAndRowColumns(
      OfficialForm form, List<String> parameters, List<String> columns) throws Exception {
    JasperReport report = compiled(form);

    Map<String, Class<?>> declared =
        Arrays.stream(report.getParameters())
            .filter(p -> !p.isSystemDefined())
            .collect(Collectors.toMap(JRParameter::getName, JRParameter::getValueClass));
    assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(parameters);
    declared.forEach(
        (name, type) ->
            assertThat(type)
                .as(name)
                .isEqualTo(CODES.contains(name) ? Renderable.class : String.class));
    List<String> fields =
        report.getFields() == null
            ? List.of()
            : Arrays.stream(report.getFields()).map(JRField::getName).toList();
    assertThat(fields).containsExactlyInAnyOrderElementsOf(columns);
  }

  private static JasperReport compiled(OfficialForm form) throws IOException, JRException {
    try (InputStream in =
        FormContractTest.class.getClassLoader().getResourceAsStream(form.compiledTemplate())) {
      assertThat(in).as(form.compiledTemplate()).isNotNull();
      return (JasperReport) JRLoader.loadObject(in);
    }
  }
}
