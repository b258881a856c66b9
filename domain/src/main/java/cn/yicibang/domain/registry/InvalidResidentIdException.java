package cn.yicibang.domain.registry;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;

/**
 * An identity number that is not a valid GB 11643-1999 number. The reason says what is wrong, so
 * the clerk can see whether a digit was mistyped or the wrong document was read.
 */
public class InvalidResidentIdException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  /** What is wrong with the number; each has its own message. */
  public enum Reason {
    EMPTY,
    LENGTH,
    CHARACTERS,
    REGION,
    BIRTH_DATE,
    CHECK_CHARACTER;

    String messageKey() {
      return "residentId.invalid." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
  }

  private final Reason reason;

  InvalidResidentIdException(Reason reason, Object... arguments) {
    super(reason.messageKey(), arguments);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
