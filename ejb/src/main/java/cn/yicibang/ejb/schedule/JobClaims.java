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
 * key and that node skips the period. A job that fails gives its period back ({@link #release}),
 * and the next tick runs it again; a node that dies after its claim leaves that period's work to
 * the next period (the jobs look for everything not done yet, so it is delayed, not lost). The rows
 * are the record of which node ran what.
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
   * cannot be reached (the next tick tries again). The period is reckoned by the database's clock,
   * the same for every node.
   */
  public boolean claim(String job, Duration every) {
    try (Connection c = dataSource.getConnection()) {
      Timestamp slot = slot(c, every);
      try (PreparedStatement exists =
          c.prepareStatement("select 1 from job_run where job = ? and slot_start = ?")) {
        exists.setString(1, job);
        exists.setTimestamp(2, slot);
        try (var rs = exists.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into job_run (job, slot_start, node, claimed_at) values (?, ?, ?,"
                  + " current_timestamp)")) {
        insert.setString(1, job);
        insert.setTimestamp(2, slot);
        insert.setString(3, NODE.length() > 200 ? NODE.substring(0, 200) : NODE);
        insert.executeUpdate();
        commit(c);
        return true;
      }
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // another node inserted the same period between our look and our insert
      }
      log(job, e);
      return false;
    }
  }

  /**
   * Runs {@code work} when this node claims the current period of {@code every} for the job. Work
   * that fails gives the period back, so the next tick (on any node) runs it again, and is logged.
   * The work is to go through the container (a business object's method in a transaction of its
   * own), so that a failed commit is caught here too.
   *
   * @return whether the work ran here and succeeded
   */
  public boolean runClaimed(String job, Duration every, Runnable work) {
    if (!claim(job, every)) {
      return false;
    }
    try {
      work.run();
      return true;
    } catch (RuntimeException e) {
      release(job, every);
      LOG.warning(() -> "Job " + job + " failed, the next tick retries: " + e);
      return false;
    }
  }

  /**
   * Gives the current period back after the job failed, so that the next tick (on any node) runs it
   * again instead of waiting for the next period.
   */
  public void release(String job, Duration every) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "delete from job_run where job = ? and slot_start = ? and node = ?")) {
      delete.setString(1, job);
      delete.setTimestamp(2, slot(c, every));
      delete.setString(3, NODE.length() > 200 ? NODE.substring(0, 200) : NODE);
      delete.executeUpdate();
      commit(c);
    } catch (SQLException e) {
      log(job, e);
    }
  }

  private static Timestamp slot(Connection c, Duration every) throws SQLException {
    long period = Math.max(1, every.toMillis());
    try (PreparedStatement now = c.prepareStatement("select current_timestamp");
        var rs = now.executeQuery()) {
      rs.next();
      long millis = rs.getTimestamp(1).toInstant().toEpochMilli();
      return Timestamp.from(Instant.ofEpochMilli(millis / period * period));
    }
  }

  private static void commit(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  private static void log(String job, SQLException e) {
    String state = e.getSQLState();
    // a lost database is reported by the health check and the requests; here it would repeat
    // every few seconds
    Level level =
        state != null && (state.startsWith("08") || state.startsWith("57P"))
            ? Level.FINE
            : Level.WARNING;
    LOG.log(
        level,
        "Could not claim or release {0}; the next tick tries again: {1}",
        new Object[] {job, e.toString()});
  }
}
