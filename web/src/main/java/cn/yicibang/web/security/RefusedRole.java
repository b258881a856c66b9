package cn.yicibang.web.security;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/**
 * Recognises the container refusing a call because the caller lacks the role: Payara throws {@link
 * AccessLocalException} for a local bean and {@link EJBAccessException} for others. Both are {@code
 * EJBException}s, so an unwrapping error handler must stop at them, not look at their cause.
 */
public final class RefusedRole {

  private RefusedRole() {}

  public static boolean is(Throwable t) {
    return t instanceof EJBAccessException || t instanceof AccessLocalException;
  }
}
