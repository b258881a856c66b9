package cn.yicibang.web.errors;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Whether a failure means the database cannot be reached right now (a connection refused or cut,
 * the server shutting down or starting up, a commit that lost its connection), as opposed to a
 * fault in the request or in the code. Such a failure is answered "temporarily unavailable, try
 * again" (503 on the API, a message on the page), not as an incident.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  public static boolean is(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && unreachable(sql.getSQLState())) {
        return true;
      }
      if (c instanceof javax.transaction.xa.XAException xa
          && (xa.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL
              || terminated(xa.getMessage()))) {
        // the resource manager (the database) is gone; the pool may give the reason only as the
        // message of the local transaction's failure, e.g. PostgreSQL's 57P01 "terminating
        // connection due to administrator command" when the server stops during the commit
        return true;
      }
      if (c instanceof jakarta.resource.spi.LocalTransactionException
          && String.valueOf(c.getMessage()).contains("connection has been closed")) {
        // the transaction manager lost the database while committing: whether the commit landed
        // is for the retry to find out (under the same Idempotency-Key it finds the first result)
        return true;
      }
      if (c instanceof PersistenceException && c.getCause() == null) {
        return false;
      }
    }
    return false;
  }

  private static boolean terminated(String message) {
    return message != null
        && (message.contains("terminating connection")
            || message.contains("connection has been closed")
            // the pool found the connection dead when the commit came (seen in the outage script)
            || message.contains("physical connection is not usable"));
  }

  /**
   * SQL states of a lost database: class 08 (connection exception) and 57P01–57P03 (the server is
   * shutting down, crashed, or cannot take connections yet).
   */
  static boolean unreachable(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
