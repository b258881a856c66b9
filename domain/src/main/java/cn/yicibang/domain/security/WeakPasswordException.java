package cn.yicibang.domain.security;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;
import java.util.List;

/** A new password that breaks the {@link PasswordPolicy}: every broken rule, by message key. */
public class WeakPasswordException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> broken;

  public WeakPasswordException(List<String> broken) {
    super("password.weak");
    this.broken = List.copyOf(broken);
  }

  public List<String> broken() {
    return broken;
  }
}
