package cn.yicibang.domain.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough, of at least three kinds of character (lower-case,
 * upper-case, digits, anything else — a Chinese character counts as "else"), not the user name nor
 * built on it, not one of the passwords every guesser tries first, and not one character repeated.
 * Each broken rule is reported by its message key, so the clerk learns all of them at once.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final int KINDS = 3;
  private static final int MAX_RUN = 3;

  /** Lower-cased; a password that contains one of these (or is it reversed) is refused. */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passw0rd",
          "12345678",
          "123456789",
          "1234567890",
          "qwerty",
          "qwertyuiop",
          "abc123",
          "abcd1234",
          "iloveyou",
          "admin",
          "welcome",
          "letmein",
          "demo1234",
          "000000",
          "111111",
          "123123",
          "666666",
          "888888",
          "a1b2c3",
          "1q2w3e",
          "zxcvbn",
          "asdfgh",
          "woaini",
          "5201314",
          "yicibang",
          "gongan",
          "huji");

  private PasswordPolicy() {}

  /** The message keys of the rules {@code password} breaks; empty when it is acceptable. */
  public static List<String> violations(String username, char[] password) {
    List<String> broken = new ArrayList<>();
    String text = new String(password);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      broken.add("password.tooShort");
    }
    if (length > MAX_LENGTH) {
      broken.add("password.tooLong");
    }
    if (kinds(text) < KINDS) {
      broken.add("password.tooSimple");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      broken.add("password.containsUsername");
    }
    String reversed = new StringBuilder(lower).reverse().toString();
    if (COMMON.stream().anyMatch(c -> lower.contains(c) || reversed.contains(c))) {
      broken.add("password.common");
    }
    if (longestRun(text) > MAX_RUN) {
      broken.add("password.repeated");
    }
    return broken;
  }

  private static int kinds(String text) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  private static int longestRun(String text) {
    int longest = 0;
    int run = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      run = c == previous ? run + 1 : 1;
      previous = c;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
