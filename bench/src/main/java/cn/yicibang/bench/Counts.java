package cn.yicibang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** {@code select count(*)} queries straight in the database, once or until they come to zero. */
public final class Counts {

  /** Opens a connection to the database under measurement. */
  @FunctionalInterface
  public interface Database {
    Connection open() throws SQLException;
  }

  private Counts() {}

  /** The count the query answers, with its parameters in order. */
  public static long count(Database db, String sql, Object... parameters) throws SQLException {
    try (Connection c = db.open();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Asks the count again every {@code every} until it is zero or {@code timeout} has passed;
   * returns the last count (zero when it came to zero in time).
   */
  public static long awaitZero(
      Database db, Duration timeout, Duration every, String sql, Object... parameters)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long left = count(db, sql, parameters);
    while (left != 0 && System.nanoTime() < deadline) {
      Thread.sleep(every.toMillis());
      left = count(db, sql, parameters);
    }
    return left;
  }
}
