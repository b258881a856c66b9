package cn.yicibang.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the in-container tests read and write straight in the database, by plain JDBC. */
final class Sql {

  private Sql() {}

  /** The first column of the first row, as text; null when there is no row. */
  static String single(DataSource ds, String sql, Object... args) throws Exception {
    List<String> rows = column(ds, sql, args);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static long count(DataSource ds, String sql, Object... args) throws Exception {
    return Long.parseLong(single(ds, sql, args));
  }

  /** The first column of every row, as text. */
  static List<String> column(DataSource ds, String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }
  }

  static int execute(DataSource ds, String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      return s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... args) throws Exception {
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
  }
}
