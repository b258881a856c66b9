package cn.yicibang.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, collected in memory and sent with one {@code
 * COPY … FROM STDIN}: tab between fields, {@code \N} for null, backslash escapes.
 */
final class CopyRows {

  private final String table;
  private final String columns;
  private final StringBuilder rows = new StringBuilder(1 << 20);
  private int fields;
  private long count;

  CopyRows(String table, String columns) {
    this.table = table;
    this.columns = columns;
  }

  String table() {
    return table;
  }

  CopyRows add(Object value) {
    if (fields++ > 0) {
      rows.append('\t');
    }
    if (value == null) {
      rows.append("\\N");
    } else {
      String s = value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> rows.append("\\\\");
          case '\t' -> rows.append("\\t");
          case '\n' -> rows.append("\\n");
          case '\r' -> rows.append("\\r");
          default -> rows.append(c);
        }
      }
    }
    return this;
  }

  CopyRows add(UUID id) {
    return add((Object) id);
  }

  void end() {
    rows.append('\n');
    fields = 0;
    count++;
  }

  long count() {
    return count;
  }

  byte[] bytes() {
    return rows.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Sends what was collected and starts empty again; returns the number of rows sent. */
  long send(Connection c) throws SQLException, IOException {
    if (count == 0) {
      return 0;
    }
    long sent = send(c, table, columns, bytes());
    rows.setLength(0);
    count = 0;
    return sent;
  }

  static long send(Connection c, String table, String columns, byte[] text)
      throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    return copy.copyIn(
        "copy " + table + " (" + columns + ") from stdin", new java.io.ByteArrayInputStream(text));
  }
}
