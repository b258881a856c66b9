package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;

/** Somebody else changed the case first; the user sees who won and reloads. */
public class ConflictException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
