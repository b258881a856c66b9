package cn.yicibang.domain.registry;

import cn.yicibang.domain.registry.InvalidResidentIdException.Reason;
import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A citizen identity number (公民身份号码) per GB 11643-1999: six-digit region code (GB/T 2260), birth
 * date YYYYMMDD, three-digit sequence (odd male, even female) and an ISO 7064 MOD 11-2 check
 * character. Legacy 15-digit numbers (two-digit year, no check) are converted on entry.
 *
 * <p>{@link #toString()} is masked on purpose: a number that slips into a log line or a list is
 * never shown in full. Only {@link #value()} gives the full number, for a record's own page.
 */
public final class ResidentId implements Serializable, Comparable<ResidentId> {

  @Serial private static final long serialVersionUID = 1L;

  /** Stored length; used by the column definition too. */
  public static final int LENGTH = 18;

  private static final int LEGACY_LENGTH = 15;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

  /** Provincial prefixes of GB/T 2260 (mainland, plus Taiwan, Hong Kong and Macao). */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private final String value;

  private ResidentId(String value) {
    this.value = value;
  }

  /**
   * Parses what a clerk typed or a reader read: surrounding blanks and a lower-case x are
   * tolerated, a 15-digit legacy number is converted, anything else invalid is refused with the
   * reason.
   *
   * @throws InvalidResidentIdException saying what is wrong
   */
  public static ResidentId of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidResidentIdException(Reason.EMPTY);
    }
    String s = raw.strip().toUpperCase(Locale.ROOT);
    int length = s.codePointCount(0, s.length());
    if (length == LEGACY_LENGTH) {
      requireDigits(s, LEGACY_LENGTH);
      String body = s.substring(0, 6) + "19" + s.substring(6);
      return validated(body + checkCharacter(body));
    }
    if (length != LENGTH) {
      throw new InvalidResidentIdException(Reason.LENGTH, length);
    }
    requireDigits(s, LENGTH - 1);
    char last = s.charAt(LENGTH - 1);
    if (!(Character.isDigit(last) && last < 128) && last != 'X') {
      throw new InvalidResidentIdException(Reason.CHARACTERS);
    }
    return validated(s);
  }

  /** True when {@link #of(String)} would accept the input. */
  public static boolean isValid(String raw) {
    try {
      of(raw);
      return true;
    } catch (InvalidResidentIdException e) {
      return false;
    }
  }

  /**
   * Builds the number for a person from its parts, computing the check character. Used where
   * numbers are issued (new registration, demo data), never to repair a typed number.
   */
  public static ResidentId issue(String regionCode, LocalDate birthDate, int sequence) {
    if (sequence < 1 || sequence > 999) {
      throw new IllegalArgumentException("sequence must be 1..999");
    }
    String body =
        regionCode
            + String.format(
                Locale.ROOT,
                "%04d%02d%02d%03d",
                birthDate.getYear(),
                birthDate.getMonthValue(),
                birthDate.getDayOfMonth(),
                sequence);
    return validated(body + checkCharacter(body));
  }

  private static void requireDigits(String s, int count) {
    for (int i = 0; i < count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidResidentIdException(Reason.CHARACTERS);
      }
    }
  }

  private static ResidentId validated(String s) {
    if (!PROVINCES.contains(s.substring(0, 2))) {
      throw new InvalidResidentIdException(Reason.REGION, s.substring(0, 6));
    }
    LocalDate birth = parseBirthDate(s);
    if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
      throw new InvalidResidentIdException(Reason.BIRTH_DATE, s.substring(6, 14));
    }
    char expected = checkCharacter(s.substring(0, LENGTH - 1));
    if (s.charAt(LENGTH - 1) != expected) {
      throw new InvalidResidentIdException(
          Reason.CHECK_CHARACTER, String.valueOf(s.charAt(LENGTH - 1)), String.valueOf(expected));
    }
    return new ResidentId(s);
  }

  private static LocalDate parseBirthDate(String s) {
    try {
      return LocalDate.of(
          Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** ISO 7064 MOD 11-2 over the first 17 digits. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The full number. Show it only on the person's own record, and audit that view. */
  public String value() {
    return value;
  }

  /** The six-digit GB/T 2260 code of the place of first registration. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return parseBirthDate(value);
  }

  public int sequence() {
    return Integer.parseInt(value.substring(14, 17));
  }

  public Sex sex() {
    return Sex.ofSequence(sequence());
  }

  /** The last four characters, which citizens quote to check a case's status. */
  public String tail() {
    return value.substring(LENGTH - 4);
  }

  /** First six and last four visible, as every list, export and log line must show it. */
  public String masked() {
    return value.substring(0, 6) + "********" + tail();
  }

  private static final java.util.regex.Pattern EIGHTEEN =
      java.util.regex.Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

  /**
   * The text with every valid identity number in it masked: for what is shown in a list or written
   * to a log although it came from elsewhere (a payload, a message).
   */
  public static String maskAll(String text) {
    return text == null ? null : maskTogether(java.util.List.of(text)).get(0);
  }

  /**
   * Texts shown together (the values of one list line), each with every valid identity number in
   * any of them masked, and every birth date of those numbers cut to its year: the eight digits a
   * mask hides are the birth date, so a date shown beside the mask would give the whole number
   * back.
   */
  public static java.util.List<String> maskTogether(java.util.List<String> texts) {
    java.util.Set<LocalDate> births = new java.util.HashSet<>();
    java.util.List<String> masked = new java.util.ArrayList<>(texts.size());
    for (String text : texts) {
      if (text == null) {
        masked.add(null);
        continue;
      }
      java.util.regex.Matcher m = EIGHTEEN.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      while (m.find()) {
        String found = m.group();
        boolean valid = isValid(found);
        if (valid) {
          births.add(of(found).birthDate());
        }
        m.appendReplacement(
            out, java.util.regex.Matcher.quoteReplacement(valid ? of(found).masked() : found));
      }
      m.appendTail(out);
      masked.add(out.toString());
    }
    masked.replaceAll(t -> t == null ? null : withoutBirthDates(t, births));
    return masked;
  }

  private static String withoutBirthDates(String text, java.util.Set<LocalDate> births) {
    String masked = text;
    for (LocalDate b : births) {
      String year = Integer.toString(b.getYear());
      masked =
          masked
              .replace(b.toString(), year + "-**-**")
              // written compactly, only where it stands alone (not inside a longer number)
              .replaceAll(
                  "(?<![0-9])"
                      + b.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                      + "(?![0-9])",
                  year + "****")
              .replace(year + "年" + b.getMonthValue() + "月" + b.getDayOfMonth() + "日", year + "年")
              .replace(
                  b.format(java.time.format.DateTimeFormatter.ofPattern("yyyy年MM月dd日")),
                  year + "年");
    }
    return masked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ResidentId o) {
    return value.compareTo(o.value);
  }

  /** Masked: see the class comment. */
  @Override
  public String toString() {
    return masked();
  }
}
