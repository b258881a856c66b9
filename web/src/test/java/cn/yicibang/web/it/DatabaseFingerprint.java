package cn.yicibang.web.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A hash of every row of every table, to tell whether anything in the database changed. Left out:
 * what records requests rather than data (the audit log and its chain head, login failures, the
 * migration history) and what background work writes on its own (the dispatcher's notifications,
 * the periodic jobs' record of their runs).
 */
final class DatabaseFingerprint {

  static final Set<String> LEFT_OUT =
      Set.of(
          "audit_entry",
          "audit_chain_head",
          "login_throttle",
          "notification",
          "job_run",
          "flyway_schema_history",
          "flyway_demo_history");

  private DatabaseFingerprint() {}

  /** Table name → hash of its rows (in any order). */
  static Map<String, String> take(DataSource ds) throws Exception {
    Map<String, String> tables = new LinkedHashMap<>();
    try (Connection c = ds.getConnection()) {
      for (String name : tables(c)) {
        tables.put(name.toLowerCase(Locale.ROOT), hash(c, name));
      }
    }
    return tables;
  }

  /**
   * A query cheap enough to run around every request: each table's row count, and the sum of its
   * versions where it has a version column (an optimistic-locked update raises it).
   */
  static String cheapQuery(DataSource ds) throws Exception {
    List<String> parts = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      for (String name : tables(c)) {
        parts.add("(select count(*) from " + name + ")");
        try (ResultSet rs = c.getMetaData().getColumns(null, null, name, "%")) {
          while (rs.next()) {
            if ("version".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
              parts.add("(select coalesce(sum(version), 0) from " + name + ")");
            }
          }
        }
      }
    }
    return "select " + String.join(", ", parts);
  }

  private static List<String> tables(Connection c) throws Exception {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        String name = rs.getString("TABLE_NAME");
        if ("public".equalsIgnoreCase(schema)
            && !LEFT_OUT.contains(name.toLowerCase(Locale.ROOT))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The tables whose content differs between two fingerprints. */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> differ = new ArrayList<>();
    for (var e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        differ.add(e.getKey());
      }
    }
    return differ;
  }

  private static String hash(Connection c, String table) throws Exception {
    // rows are summed as hashes, so their order does not matter
    long[] sum = new long[4];
    long rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from " + table)) {
      ResultSetMetaData meta = rs.getMetaData();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      while (rs.next()) {
        rows++;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          String text = v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v);
          sha.update(text.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
        byte[] d = sha.digest();
        for (int k = 0; k < 4; k++) {
          long part = 0;
          for (int j = 0; j < 8; j++) {
            part = (part << 8) | (d[k * 8 + j] & 0xff);
          }
          sum[k] += part;
        }
      }
    }
    return rows
        + ":"
        + Long.toHexString(sum[0])
        + Long.toHexString(sum[1])
        + Long.toHexString(sum[2])
        + Long.toHexString(sum[3]);
  }
}
