package cn.yicibang.ejb.audit;

import cn.yicibang.domain.audit.ChainHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Walks the sealed audit log in chain order and checks every link: the places run 1, 2, 3… without
 * a gap, each entry names the hash of the one before, each entry's hash is what its fields give,
 * and the chain ends where the head says. Plain JDBC, so the server and the command-line check
 * ({@link VerifyAuditChain}) run the same code.
 */
public final class ChainVerifier {

  /**
   * What a verification found.
   *
   * @param checked sealed entries read
   * @param unsealed entries not sealed yet (the sealer runs every few seconds)
   * @param brokenId the id of the first broken entry, or null when the chain is intact
   * @param brokenSeq its place in the chain
   * @param reason why it is broken
   * @param lastSeq the chain's last place
   * @param lastHash the chain's last hash: write it down to compare later
   */
  public record Result(
      long checked,
      long unsealed,
      Long brokenId,
      Long brokenSeq,
      String reason,
      long lastSeq,
      String lastHash) {

    public boolean intact() {
      return reason == null;
    }
  }

  private ChainVerifier() {}

  public static Result verify(Connection c) throws SQLException {
    // the head first: a sealer on another node may extend the chain while it is read, and what it
    // adds past this head is for the next verification
    long headSeq;
    String headHash;
    try (PreparedStatement s =
            c.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return new Result(0, unsealed(c), null, null, "the chain's head is gone", 0, null);
      }
      headSeq = rs.getLong(1);
      headHash = rs.getString(2);
    }
    long expected = 1;
    String previous = ChainHash.GENESIS;
    long checked = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, chain_seq, previous_hash, entry_hash, occurred_at, actor, organisation_id,"
                + " action, subject_type, subject_id, detail, remote_address from audit_entry"
                + " where chain_seq is not null and chain_seq <= ? order by chain_seq")) {
      s.setLong(1, headSeq);
      s.setFetchSize(2000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          long seq = rs.getLong(2);
          String reason = null;
          if (seq > expected) {
            reason = "entries " + expected + ".." + (seq - 1) + " of the chain are missing";
          } else if (seq < expected) {
            reason =
                "its place in the chain was altered (" + seq + " where " + expected + " was due)";
          } else if (!previous.equals(rs.getString(3))) {
            reason = "does not link to the entry before it";
          } else {
            String hash =
                ChainHash.of(
                    previous,
                    seq,
                    id,
                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12));
            if (!hash.equals(rs.getString(4))) {
              reason = "its content was changed after it was sealed";
            }
          }
          if (reason != null) {
            return new Result(checked, unsealed(c), id, seq, reason, expected - 1, previous);
          }
          checked++;
          expected++;
          previous = rs.getString(4);
        }
      }
    }
    if (headSeq != expected - 1 || !previous.equals(headHash)) {
      return new Result(
          checked,
          unsealed(c),
          null,
          expected,
          "the chain ends at "
              + (expected - 1)
              + " but its head says "
              + headSeq
              + ": the last entries are missing or the head was altered",
          expected - 1,
          previous);
    }
    return new Result(checked, unsealed(c), null, null, null, expected - 1, previous);
  }

  private static long unsealed(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("select count(*) from audit_entry where chain_seq is null");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
