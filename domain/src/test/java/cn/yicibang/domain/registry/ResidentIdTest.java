package cn.yicibang.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.registry.InvalidResidentIdException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {

  @ParameterizedTest(name = "{0} is valid, born {1}, {2}")
  @CsvSource({
    // the standard's own example and numbers whose check characters were worked by hand
    "11010519491231002X, 1949-12-31, FEMALE",
    "440524188001010014, 1880-01-01, MALE",
    "350305199001011238, 1990-01-01, MALE",
    "350305200512310040, 2005-12-31, FEMALE",
  })
  void acceptsValidNumbers(String raw, LocalDate birth, Sex sex) {
    ResidentId id = ResidentId.of(raw);
    assertThat(id.value()).isEqualTo(raw);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.sex()).isEqualTo(sex);
  }

  @Test
  void toleratesLowerCaseXAndBlanks() {
    assertThat(ResidentId.of("  11010519491231002x ").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void convertsLegacyFifteenDigitNumbers() {
    // 15-digit 110105491231002 → 11010519491231002 + check X
    ResidentId id = ResidentId.of("110105491231002");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void masksForLists() {
    ResidentId id = ResidentId.of("350305199001011238");
    assertThat(id.masked()).isEqualTo("350305********1238");
    assertThat(id.toString()).isEqualTo("350305********1238").doesNotContain("19900101");
    assertThat(id.tail()).isEqualTo("1238");
  }

  @Test
  void masksEveryValidNumberInAText() {
    assertThat(
            ResidentId.maskAll(
                "{\"residentId\":\"350305199001011238\",\"other\":\"350305199001011230\"}"))
        .isEqualTo("{\"residentId\":\"350305********1238\",\"other\":\"350305199001011230\"}");
    assertThat(ResidentId.maskAll(null)).isNull();
  }

  @Test
  void aMaskedNumbersBirthDateBesideItKeepsOnlyItsYearWhicheverWayItIsWritten() {
    String masked =
        ResidentId.maskAll(
            "{\"residentId\":\"350305199001011238\",\"birthDate\":\"1990-01-01\","
                + "\"printed\":\"1990年1月1日\",\"compact\":\"19900101\",\"padded\":\"1990年01月01日\","
                + "\"effectiveOn\":\"2026-12-01\"}");
    assertThat(masked)
        .contains("350305********1238", "\"1990-**-**\"", "\"1990年\"", "\"1990****\"")
        .contains("2026-12-01")
        .doesNotContain("1990-01-01", "19900101", "1990年1月1日", "1990年01月01日");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "'', EMPTY",
    "3503051990010112, LENGTH",
    "3503051990010112361, LENGTH",
    "35030519900101123A, CHARACTERS",
    "3503051990O1011236, CHARACTERS",
    "990305199001011236, REGION",
    "350305199002301234, BIRTH_DATE",
    "350305299001011236, BIRTH_DATE",
    "350305199001011235, CHECK_CHARACTER",
    "110105194912310021, CHECK_CHARACTER",
  })
  void refusesInvalidNumbersSayingWhy(String raw, Reason reason) {
    assertThatThrownBy(() -> ResidentId.of(raw))
        .isInstanceOfSatisfying(
            InvalidResidentIdException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.messageKey()).startsWith("residentId.invalid.");
            });
  }

  @Test
  void checkCharacterMessageNamesExpectedCharacter() {
    assertThatThrownBy(() -> ResidentId.of("350305199001011235"))
        .isInstanceOfSatisfying(
            InvalidResidentIdException.class,
            e -> assertThat(e.arguments()).containsExactly("5", "8"));
  }

  @Test
  void lengthMessageCountsCodePoints() {
    assertThatThrownBy(() -> ResidentId.of("3503051990010112𠮷"))
        .isInstanceOfSatisfying(
            InvalidResidentIdException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.LENGTH);
              assertThat(e.arguments()).containsExactly(17);
            });
  }

  @Test
  void issuesNumbersWithCorrectCheckCharacter() {
    ResidentId id = ResidentId.issue("350305", LocalDate.of(1949, 12, 31), 2);
    assertThat(ResidentId.isValid(id.value())).isTrue();
    assertThat(ResidentId.issue("110105", LocalDate.of(1949, 12, 31), 2).value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void valueEquality() {
    assertThat(ResidentId.of("11010519491231002x")).isEqualTo(ResidentId.of("11010519491231002X"));
  }
}
