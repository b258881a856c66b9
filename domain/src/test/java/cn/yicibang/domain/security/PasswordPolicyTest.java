package cn.yicibang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void aLongMixedPasswordPasses() {
    assertThat(PasswordPolicy.violations("clerk.dongzhuang", "Tide-Harbour-47".toCharArray()))
        .isEmpty();
    // Chinese characters count as a kind of their own
    assertThat(PasswordPolicy.violations("clerk.dongzhuang", "秀屿港潮汐wave2026".toCharArray()))
        .isEmpty();
  }

  @Test
  void eachBrokenRuleIsNamed() {
    assertThat(PasswordPolicy.violations("clerk", "Ab1!".toCharArray()))
        .containsExactly("password.tooShort");
    assertThat(PasswordPolicy.violations("clerk", "harbourtidewave".toCharArray()))
        .containsExactly("password.tooSimple");
    assertThat(PasswordPolicy.violations("clerk.dongzhuang", "X9!clerk.dongzhuang".toCharArray()))
        .containsExactly("password.containsUsername");
    assertThat(PasswordPolicy.violations("clerk", "Tide#Password7".toCharArray()))
        .containsExactly("password.common");
    assertThat(PasswordPolicy.violations("clerk", "Tide#drowssap7".toCharArray()))
        .containsExactly("password.common");
    assertThat(PasswordPolicy.violations("clerk", "Tide#Haaaaa7bour".toCharArray()))
        .containsExactly("password.repeated");
    assertThat(PasswordPolicy.violations("clerk", "demo1234".toCharArray()))
        .contains("password.tooShort", "password.tooSimple", "password.common");
    assertThat(PasswordPolicy.violations("clerk", ("Aa1!" + "x".repeat(125)).toCharArray()))
        .contains("password.tooLong");
  }

  @Test
  void lengthCountsCharactersNotCodeUnits() {
    // eleven characters, one of them outside the basic plane (two UTF-16 units)
    assertThat(PasswordPolicy.violations("u", "𠮷港Wave2026!".toCharArray()))
        .containsExactly("password.tooShort");
  }
}
