package cn.yicibang.domain;

import java.io.Serial;

/**
 * What was asked for does not exist, or the caller's organisation may not see it. The two are
 * deliberately indistinguishable, so a clerk cannot probe another station's register.
 */
public class NotFoundException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
