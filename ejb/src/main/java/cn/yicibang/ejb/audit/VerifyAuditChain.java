package cn.yicibang.ejb.audit;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The command that verifies the audit chain straight in the database, without the server: {@code
 * bin/verify-audit-chain}. Prints what it checked and the chain's last hash; exits 1 naming the
 * first broken entry, 2 when it cannot read the database.
 */
public final class VerifyAuditChain {

  private VerifyAuditChain() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: verify-audit-chain <jdbc-url> [user] [password]");
      System.exit(2);
    }
    try (Connection c =
        DriverManager.getConnection(
            args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null)) {
      c.setAutoCommit(false); // PostgreSQL streams the rows only inside a transaction
      c.setReadOnly(true);
      ChainVerifier.Result r = ChainVerifier.verify(c);
      c.rollback();
      System.out.println("entries checked:  " + r.checked());
      System.out.println("not sealed yet:   " + r.unsealed());
      System.out.println("chain ends at:    " + r.lastSeq());
      System.out.println("last hash:        " + r.lastHash());
      if (r.intact()) {
        System.out.println("the audit chain is intact");
        return;
      }
      System.out.println(
          "BROKEN: first broken entry id "
              + r.brokenId()
              + " (place "
              + r.brokenSeq()
              + " in the chain): "
              + r.reason());
      System.exit(1);
    } catch (java.sql.SQLException e) {
      System.err.println("cannot read the audit log: " + e.getMessage());
      System.exit(2);
    }
  }
}
