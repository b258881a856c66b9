package cn.yicibang.domain;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;

/**
 * A rule of the trade that the request broke. Carries a message key and its arguments rather than a
 * sentence, so that every surface (page, REST, printed notice) can say it in the user's language.
 * Rolls the transaction back: nothing half-done is ever committed.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments.clone();
  }

  /** Key in the {@code messages} resource bundle of the web module. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
