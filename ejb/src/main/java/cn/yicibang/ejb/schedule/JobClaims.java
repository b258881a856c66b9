package cn.yicibang.ejb.schedule;

import cn.yicibang.ejb.database.YicibangDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Decides which node runs a periodic job in a period: the first to insert the job's row for the
 * period (primary key: job and the period's start) runs it; every other node's insert fails on the
 * key and that node skips the period. Every node ticks more often than the period, so a node that
 * dies before its period leaves it to the others. The rows are the record of which node ran what.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobClaims {

  private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

  /** This process, as the rows name it: pid@host. */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  /**
   * Claims the current period of {@code every} for the job; true when this node won it and should
   * run the job now, false when it was claimed already (here or on another node) or the database
   * cannot be reached (the next tick tries again).
   */
  public boolean claim(String job, Duration every) {
    Instant now = Instant.now();
    long period = Math.max(1, every.toMillis());
    Instant slot = Instant.ofEpochMilli(now.toEpochMilli() / period * period);
    try (Connection c = dataSource.getConnection();
        PreparedStatement exists =
            c.prepareStatement("select 1 from job_run where job = ? and slot_start = ?")) {
      exists.setString(1, job);
      exists.setTimestamp(2, Timestamp.from(slot));
      try (var rs = exists.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into job_run (job, slot_start, node, claimed_at) values (?, ?, ?, ?)")) {
        insert.setString(1, job);
        insert.setTimestamp(2, Timestamp.from(slot));
        insert.setString(3, NODE.length() > 200 ? NODE.substring(0, 200) : NODE);
        insert.setTimestamp(4, Timestamp.from(now));
        insert.executeUpdate();
        if (!c.getAutoCommit()) {
          c.commit();
        }
        return true;
      }
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // another node inserted the same period between our look and our insert
      }
      LOG.log(
          Level.WARNING,
          "Could not claim {0}; the next tick tries again: {1}",
          new Object[] {job, e.toString()});
      return false;
    }
  }
}
