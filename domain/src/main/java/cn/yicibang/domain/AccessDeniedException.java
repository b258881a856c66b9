package cn.yicibang.domain;

import java.io.Serial;

/** The caller is known but their role or organisation does not allow the action. */
public class AccessDeniedException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
