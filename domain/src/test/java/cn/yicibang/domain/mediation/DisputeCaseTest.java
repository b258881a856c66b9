package cn.yicibang.domain.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the handoff, on the entity alone: consent, caps per level, escalation, settlement.
 */
class DisputeCaseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  private final Division district = new Division(DivisionCode.of("350305"), "秀屿区", "Xiuyu", null);
  private final Division town =
      new Division(DivisionCode.of("350305101"), "东庄镇", "Dongzhuang", district);
  private final Division village =
      new Division(DivisionCode.of("350305101201"), "东沁村", "Dongqin", town);
  private final Organisation station = org("PS-DONGZHUANG", OrganisationKind.POLICE_STATION, town);
  private final MediationBody villageBody = body("MC-V101201", village, MediationLevel.VILLAGE);
  private final MediationBody townBody = body("MC-T101", town, MediationLevel.TOWN);
  private final MediationBody districtBody = body("MC-XIUYU", district, MediationLevel.DISTRICT);
  private final LevelRule villageRule = new LevelRule(MediationLevel.VILLAGE, "村", "Village", 4, 1);
  private final LevelRule townRule = new LevelRule(MediationLevel.TOWN, "镇", "Town", 3, 2);
  private final LevelRule districtRule =
      new LevelRule(MediationLevel.DISTRICT, "区", "District", 2, 3);
  private final DisputeType neighbours =
      new DisputeType("NEIGHBOUR", "邻里纠纷", "Neighbours", FirstBody.VILLAGE_SAGE, 10);

  @Test
  void everyPartyMustHaveAgreedToMediationAndBothSidesMustBeThere() {
    assertThatThrownBy(
            () ->
                new DisputeCase(
                    "TJ1",
                    station,
                    intake(),
                    List.of(party("林", true, PartyRole.APPLICANT)),
                    "p",
                    NOW))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("mediation.intake.bothSides");
    assertThatThrownBy(
            () ->
                new DisputeCase(
                    "TJ1",
                    station,
                    intake(),
                    List.of(
                        party("林阿明", true, PartyRole.APPLICANT),
                        party("陈阿华", false, PartyRole.RESPONDENT)),
                    "p",
                    NOW))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("mediation.intake.consentMissing")
        .hasMessageContaining("陈阿华");
  }

  @Test
  void aVillageCaseSettledInItsSecondRound() {
    DisputeCase c = handedToVillage();
    c.accept("m", NOW);
    assertThat(c.recordRound(session(RoundResult.NOT_SETTLED), villageRule, TODAY, "m", NOW))
        .isEqualTo(DisputeCase.Next.CONTINUE);
    assertThat(c.recordRound(session(RoundResult.SETTLED), villageRule, TODAY, "m", NOW))
        .isEqualTo(DisputeCase.Next.AGREEMENT);
    c.settle(agreement(TODAY.plusDays(15)), TODAY, "m", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.SETTLED);
    assertThat(c.confirmationDue()).isEqualTo(TODAY.plusDays(30));
    assertThat(c.followUpDue()).isEqualTo(TODAY.plusDays(15));
    assertThat(c.roundsAt(MediationLevel.VILLAGE)).isEqualTo(2);
    c.followUp(FollowUpResult.PERFORMED, "已按约修缮", false, "m", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.CLOSED);
  }

  @Test
  void capsOfFourThreeAndTwoThenReferral() {
    DisputeCase c = handedToVillage();
    c.accept("m", NOW);
    for (int i = 1; i <= 4; i++) {
      DisputeCase.Next next =
          c.recordRound(session(RoundResult.NOT_SETTLED), villageRule, TODAY, "m", NOW);
      assertThat(next).isEqualTo(i < 4 ? DisputeCase.Next.CONTINUE : DisputeCase.Next.NEXT_LEVEL);
    }
    // a fifth village round is refused, and going up needs the cap used
    assertThatThrownBy(
            () -> c.recordRound(session(RoundResult.NOT_SETTLED), villageRule, TODAY, "m", NOW))
        .hasMessageContaining("mediation.round.capReached");
    c.escalate(townBody, villageRule, NOW.plusSeconds(86400), "m", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.HANDED_OVER);
    assertThat(c.level()).isEqualTo(MediationLevel.TOWN);
    assertThat(c.rounds()).as("everything so far goes with it").hasSize(4);
    c.accept("t", NOW);
    assertThatThrownBy(() -> c.escalate(districtBody, townRule, NOW, "t", NOW))
        .hasMessageContaining("mediation.case.capNotUsed");
    for (int i = 1; i <= 3; i++) {
      c.recordRound(session(RoundResult.NOT_SETTLED), townRule, TODAY, "t", NOW);
    }
    c.escalate(districtBody, townRule, NOW.plusSeconds(86400), "t", NOW);
    c.accept("d", NOW);
    c.recordRound(session(RoundResult.NOT_SETTLED), districtRule, TODAY, "d", NOW);
    assertThat(c.recordRound(session(RoundResult.NOT_SETTLED), districtRule, TODAY, "d", NOW))
        .isEqualTo(DisputeCase.Next.NEXT_LEVEL);
    c.referralDue(districtRule, "d", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.REFERRAL_DUE);
    c.refer(Referral.LITIGATION, "告知当事人可向秀屿区人民法院起诉", "d", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.REFERRED);
    assertThat(c.rounds()).hasSize(9);
    assertThat(c.rounds().stream().map(Round::level))
        .containsExactly(
            MediationLevel.VILLAGE,
            MediationLevel.VILLAGE,
            MediationLevel.VILLAGE,
            MediationLevel.VILLAGE,
            MediationLevel.TOWN,
            MediationLevel.TOWN,
            MediationLevel.TOWN,
            MediationLevel.DISTRICT,
            MediationLevel.DISTRICT);
  }

  @Test
  void onlyAHandedOverCaseIsAcceptedOrReturnedAndAReturnedOneCanBeHandedElsewhere() {
    DisputeCase c = handedToVillage();
    assertThatThrownBy(
            () -> c.recordRound(session(RoundResult.SETTLED), villageRule, TODAY, "m", NOW))
        .hasMessageContaining("mediation.case.wrongStatus");
    assertThatThrownBy(() -> c.returnToStation(" ", "m", NOW))
        .hasMessageContaining("mediation.return.reason");
    c.returnToStation("属劳动仲裁受理范围，建议引导当事人申请仲裁", "m", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.RETURNED);
    assertThatThrownBy(() -> c.accept("m", NOW)).isInstanceOf(BusinessException.class);
    c.handOver(townBody, NOW.plusSeconds(3600), "p", NOW);
    assertThat(c.body()).isEqualTo(townBody);
    assertThat(c.returnReason()).isNull();
  }

  @Test
  void anOralAgreementIsRecordedByTheMediatorWithoutAJudicialConfirmationDeadline() {
    DisputeCase c = handedToVillage();
    c.accept("m", NOW);
    c.recordRound(session(RoundResult.SETTLED), villageRule, TODAY, "m", NOW);
    c.settle(
        new DisputeCase.Agreement(AgreementKind.ORAL, "口角", "各自致歉", "双方当场互相道歉，不再追究", "当场履行", TODAY),
        TODAY,
        "m",
        NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.SETTLED);
    assertThat(c.agreementKind()).isEqualTo(AgreementKind.ORAL);
    assertThat(c.confirmationDue()).isNull();
    assertThat(c.followUpDue()).isEqualTo(TODAY);
  }

  @Test
  void anAcceptanceOverdueIsFlaggedOnce() {
    DisputeCase c = handedToVillage();
    assertThat(c.flagAcceptanceOverdue(NOW.plusSeconds(3600))).isFalse();
    assertThat(c.flagAcceptanceOverdue(NOW.plusSeconds(90000))).isTrue();
    assertThat(c.flagAcceptanceOverdue(NOW.plusSeconds(99000))).isFalse();
    assertThat(c.acceptanceOverdueAt()).isEqualTo(NOW.plusSeconds(90000));
  }

  @Test
  void aSettlementNeedsASettledSessionAndEveryElementAndAnUnperformedOneReopens() {
    DisputeCase c = handedToVillage();
    c.accept("m", NOW);
    c.recordRound(session(RoundResult.NOT_SETTLED), villageRule, TODAY, "m", NOW);
    assertThatThrownBy(() -> c.settle(agreement(TODAY.plusDays(3)), TODAY, "m", NOW))
        .hasMessageContaining("mediation.settle.noSettledRound");
    c.recordRound(session(RoundResult.SETTLED), villageRule, TODAY, "m", NOW);
    DisputeCase.Agreement noContent =
        new DisputeCase.Agreement(AgreementKind.WRITTEN, "事实", "争议", " ", "当面支付", TODAY);
    assertThatThrownBy(() -> c.settle(noContent, TODAY, "m", NOW))
        .hasMessageContaining("mediation.agreement.content");
    assertThatThrownBy(() -> c.settle(agreement(TODAY.minusDays(1)), TODAY, "m", NOW))
        .hasMessageContaining("mediation.agreement.dueInPast");
    c.settle(agreement(TODAY.plusDays(7)), TODAY, "m", NOW);
    c.followUp(FollowUpResult.NOT_PERFORMED, "对方未按期修缮", true, "m", NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.IN_MEDIATION);
    assertThat(c.body()).isEqualTo(villageBody);
  }

  private DisputeCase handedToVillage() {
    DisputeCase c =
        new DisputeCase(
            "TJ350305101-2026-000001",
            station,
            intake(),
            List.of(
                party("林阿明", true, PartyRole.APPLICANT), party("陈阿华", true, PartyRole.RESPONDENT)),
            "police",
            NOW);
    assertThat(c.status()).isEqualTo(DisputeStatus.RECEIVED);
    c.handOver(villageBody, NOW.plusSeconds(86400), "police", NOW);
    return c;
  }

  private DisputeCase.Intake intake() {
    return new DisputeCase.Intake(
        DisputeSource.CALL,
        "110-20261201-0042",
        neighbours,
        village,
        "东沁村海滨路26号与28号之间",
        "两户因排水沟渗水发生争执",
        Urgency.NORMAL);
  }

  private static Party party(String name, boolean consent, PartyRole role) {
    return new Party(
        role,
        name,
        null,
        IdKind.PASSPORT,
        "E" + Math.abs(name.hashCode()),
        Sex.MALE,
        "13800000000",
        "东沁村",
        consent);
  }

  private static Round.Session session(RoundResult result) {
    return new Round.Session(TODAY, "郭文林", "林阿明、陈阿华", "双方陈述意见", result);
  }

  private static DisputeCase.Agreement agreement(LocalDate due) {
    return new DisputeCase.Agreement(
        AgreementKind.WRITTEN, "排水沟渗水", "修缮责任", "陈阿华修缮排水沟", "自行修缮", due);
  }

  private static Organisation org(String id, OrganisationKind kind, Division seat) {
    return new Organisation(id, kind, id, id, seat, null, Set.of(seat.code()));
  }

  private MediationBody body(String id, Division seat, MediationLevel level) {
    return new MediationBody(
        org(id, OrganisationKind.MEDIATION_COMMITTEE, seat), level, BodyKind.COMMITTEE, 24);
  }
}
