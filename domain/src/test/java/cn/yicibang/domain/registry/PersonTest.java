package cn.yicibang.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonTest {

  private final Ethnicity han = new Ethnicity();
  private Person person;

  @BeforeEach
  void register() {
    Division village =
        new Division(DivisionCode.of("350305101201"), "东沁村", "Dongqin Village", null);
    Household household =
        new Household(
            "350305101000123",
            HouseholdKind.FAMILY,
            "东庄镇东沁村12号",
            village,
            LocalDate.of(2000, 1, 1));
    person =
        new Person(
            ResidentId.of("350305199001011238"),
            "郑建珍",
            Sex.MALE,
            han,
            LocalDate.of(1990, 1, 1),
            household,
            RelationToHead.HEAD,
            LocalDate.of(1990, 1, 20));
  }

  @Test
  void changedNameBecomesFormerNameAndHistoryKeepsOldValue() {
    List<RegisterChange> written =
        person.change(
            Map.of(RegisterItem.NAME, "郑建真"),
            code -> han,
            LocalDate.of(2026, 6, 30),
            Instant.parse("2026-06-30T02:00:00Z"),
            "head.dongzhuang",
            "《户口登记条例》第十八条");

    assertThat(person.name()).isEqualTo("郑建真");
    assertThat(person.formerNames()).isEqualTo("郑建珍");
    assertThat(written)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.item()).isEqualTo(RegisterItem.NAME);
              assertThat(c.oldValue()).isEqualTo("郑建珍");
              assertThat(c.newValue()).isEqualTo("郑建真");
              assertThat(c.changedBy()).isEqualTo("head.dongzhuang");
            });
    assertThat(person.history()).containsExactlyElementsOf(written);
  }

  @Test
  void birthDateAloneCannotDisagreeWithIdentityNumber() {
    assertThatThrownBy(
            () ->
                person.change(
                    Map.of(RegisterItem.BIRTH_DATE, "1990-01-02"),
                    code -> han,
                    LocalDate.now(),
                    Instant.now(),
                    "clerk",
                    "basis"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("registry.residentId.birthDateMismatch"));
  }

  @Test
  void birthDateCorrectedTogetherWithIdentityNumber() {
    String corrected = ResidentId.issue("350305", LocalDate.of(1990, 1, 2), 123).value();
    List<RegisterChange> written =
        person.change(
            Map.of(RegisterItem.BIRTH_DATE, "1990-01-02", RegisterItem.RESIDENT_ID, corrected),
            code -> han,
            LocalDate.now(),
            Instant.now(),
            "approver",
            "出生医学证明");
    assertThat(written).hasSize(2);
    assertThat(person.residentId().value()).isEqualTo(corrected);
  }

  @Test
  void rareCharacterNameIsKeptWhole() {
    person.change(
        Map.of(RegisterItem.NAME, "陈𠮷祥"), code -> han, LocalDate.now(), Instant.now(), "c", "b");
    assertThat(person.name()).isEqualTo("陈𠮷祥").hasSize(4);
  }

  @Test
  void aDeathDeregistersWithoutDeletingAndTheDeceasedLeavesTheMembers() {
    RegisterChange entry =
        person.deceased(
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 7),
            Instant.parse("2026-12-07T02:00:00Z"),
            "head.dongzhuang",
            "《户口登记条例》第八条");

    assertThat(person.status()).isEqualTo(PersonStatus.DECEASED);
    assertThat(person.statusOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(entry.item()).isEqualTo(RegisterItem.STATUS);
    assertThat(entry.oldValue()).isEqualTo("ACTIVE");
    assertThat(entry.newValue()).isEqualTo("DECEASED");
    assertThat(person.name()).isEqualTo("郑建珍");
    assertThat(person.household().members()).contains(person);
    assertThat(person.household().activeMembers()).doesNotContain(person);
    assertThat(person.household().head()).isEmpty();
    assertThatThrownBy(
            () ->
                person.change(
                    Map.of(RegisterItem.NAME, "郑建真"),
                    code -> han,
                    LocalDate.of(2026, 12, 8),
                    Instant.parse("2026-12-08T02:00:00Z"),
                    "head.dongzhuang",
                    "x"))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "registry.person.notActive");
  }

  @Test
  void aDeathBeforeTheBirthOrInTheFutureIsRefused() {
    assertThatThrownBy(
            () ->
                person.deceased(
                    LocalDate.of(1989, 12, 31), LocalDate.of(2026, 12, 7), Instant.now(), "x", "y"))
        .hasFieldOrPropertyWithValue("messageKey", "registry.death.dateImpossible");
    assertThatThrownBy(
            () ->
                person.deceased(
                    LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7), Instant.now(), "x", "y"))
        .hasFieldOrPropertyWithValue("messageKey", "registry.death.dateImpossible");
    assertThat(person.status()).isEqualTo(PersonStatus.ACTIVE);
  }

  @Test
  void sequencesAreOddForBoysEvenForGirlsNeverReusedAndSkipWhatTheRegisterHas() {
    LocalDate born = LocalDate.of(2026, 11, 20);
    ResidentIdSequence sequence =
        new ResidentIdSequence(new ResidentIdSequence.Key("350305", born));
    ResidentId taken = ResidentId.issue("350305", born, 3);

    ResidentId boy1 = sequence.next(Sex.MALE, id -> false);
    ResidentId boy2 = sequence.next(Sex.MALE, taken::equals);
    ResidentId girl1 = sequence.next(Sex.FEMALE, id -> false);
    ResidentId girl2 = sequence.next(Sex.FEMALE, id -> false);

    assertThat(boy1.sequence()).isEqualTo(1);
    assertThat(boy2.sequence()).as("3 is someone's already").isEqualTo(5);
    assertThat(girl1.sequence()).isEqualTo(2);
    assertThat(girl2.sequence()).isEqualTo(4);
    assertThat(List.of(boy1, boy2)).allSatisfy(id -> assertThat(id.sex()).isEqualTo(Sex.MALE));
    assertThat(List.of(girl1, girl2)).allSatisfy(id -> assertThat(id.sex()).isEqualTo(Sex.FEMALE));
    assertThat(boy1.value()).startsWith("35030520261120001");
    assertThat(ResidentId.isValid(boy1.value())).isTrue();
  }

  @Test
  void aDaysNumbersOfOneParityRunOutWithAClearRefusal() {
    ResidentIdSequence sequence =
        new ResidentIdSequence(new ResidentIdSequence.Key("350305", LocalDate.of(2026, 1, 5)));
    for (int i = 0; i < 500; i++) {
      sequence.next(Sex.MALE, id -> false);
    }
    assertThatThrownBy(() -> sequence.next(Sex.MALE, id -> false))
        .hasFieldOrPropertyWithValue("messageKey", "registry.residentId.sequenceExhausted");
    assertThat(sequence.next(Sex.FEMALE, id -> false).sequence()).isEqualTo(2);
  }
}
