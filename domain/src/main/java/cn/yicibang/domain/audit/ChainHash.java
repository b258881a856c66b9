package cn.yicibang.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links an audit entry to the one before it: SHA-256 over the previous entry's hash,
 * the entry's place in the chain and every field of the entry, each written with its length so no
 * two different entries can write the same bytes. Changing, removing or reordering any entry breaks
 * the link of that entry, or of the one after it. Plain Java, so the command that verifies the
 * chain outside the server computes exactly what the server computed.
 */
public final class ChainHash {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  public static String of(
      String previousHash,
      long sequence,
      long id,
      Instant occurredAt,
      String actor,
      String organisationId,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String remoteAddress) {
    StringBuilder text = new StringBuilder(256);
    field(text, previousHash);
    field(text, Long.toString(sequence));
    field(text, Long.toString(id));
    // microseconds: what both databases keep of an instant
    field(
        text,
        Long.toString(occurredAt.getEpochSecond() * 1_000_000L + occurredAt.getNano() / 1000));
    field(text, actor);
    field(text, organisationId);
    field(text, action);
    field(text, subjectType);
    field(text, subjectId);
    field(text, detail);
    field(text, remoteAddress);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("-;");
    } else {
      text.append(value.length()).append(':').append(value).append(';');
    }
  }
}
