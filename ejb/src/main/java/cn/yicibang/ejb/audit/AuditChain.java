package cn.yicibang.ejb.audit;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.audit.ChainHash;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals the audit log into a hash chain and verifies it. Entries are written unsealed, inside the
 * transaction of what they record (so writing one never waits for another); every two seconds the
 * sealer gives the committed ones the next places in the chain (in id order among those committed
 * by then; an entry whose transaction commits late gets a later place). The chain's head row is
 * locked while sealing, so on several nodes one sealer works at a time and no place is given twice.
 */
@Stateless
@PermitAll
public class AuditChain {

  private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
  private static final int BATCH = 500;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private SessionContext context;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    try {
      sealAll();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Sealing the audit log failed, the next round retries: " + e);
    }
  }

  /** Seals every committed entry not sealed yet; returns how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long sealAll() {
    AuditChain self = context.getBusinessObject(AuditChain.class);
    long sealed = 0;
    int batch;
    do {
      batch = self.sealBatch(BATCH);
      sealed += batch;
    } while (batch == BATCH);
    return sealed;
  }

  /** Seals up to {@code max} entries in one transaction, holding the chain's head. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch(int max) {
    try (Connection c = dataSource.getConnection()) {
      long seq;
      String previous;
      try (PreparedStatement s =
              c.prepareStatement(
                  "select last_seq, last_hash from audit_chain_head where id = 1 for update");
          ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SealingFailed(new SQLException("audit_chain_head has no row"));
        }
        seq = rs.getLong(1);
        previous = rs.getString(2);
      }
      int sealed = 0;
      try (PreparedStatement read =
              c.prepareStatement(
                  "select id, occurred_at, actor, organisation_id, action, subject_type,"
                      + " subject_id, detail, remote_address from audit_entry"
                      + " where chain_seq is null order by id");
          PreparedStatement seal =
              c.prepareStatement(
                  "update audit_entry set chain_seq = ?, previous_hash = ?, entry_hash = ?"
                      + " where id = ? and chain_seq is null")) {
        read.setMaxRows(max);
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            seq++;
            long id = rs.getLong(1);
            String hash =
                ChainHash.of(
                    previous,
                    seq,
                    id,
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9));
            seal.setLong(1, seq);
            seal.setString(2, previous);
            seal.setString(3, hash);
            seal.setLong(4, id);
            seal.addBatch();
            previous = hash;
            sealed++;
          }
        }
        if (sealed > 0) {
          seal.executeBatch();
          try (PreparedStatement head =
              c.prepareStatement(
                  "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
          }
        }
      }
      return sealed;
    } catch (SQLException e) {
      throw new SealingFailed(e);
    }
  }

  /**
   * The database refused a round of sealing (it is down, say): rolled back and retried by the next
   * round, without the container logging a stack trace every two seconds.
   */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class SealingFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SealingFailed(SQLException cause) {
      super("Sealing the audit log failed: " + cause.getMessage(), cause);
    }
  }

  /** Verifies the whole chain after sealing what is committed. Administrators only; audited. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerifier.Result verify() {
    Caller caller = callers.current();
    sealAll();
    ChainVerifier.Result result;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false); // PostgreSQL streams the rows only inside a transaction
      try {
        result = ChainVerifier.verify(c);
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the audit log failed: " + e.getMessage(), e);
    }
    audit.recordAlone(
        caller.username(),
        caller.organisation().id(),
        AuditAction.VERIFY_AUDIT,
        "AuditChain",
        Long.toString(result.lastSeq()),
        result.intact()
            ? "intact, " + result.checked() + " entries"
            : "BROKEN at entry " + result.brokenId() + ": " + result.reason());
    return result;
  }
}
