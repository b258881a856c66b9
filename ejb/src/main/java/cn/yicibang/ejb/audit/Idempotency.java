package cn.yicibang.ejb.audit;

import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, per caller, which {@code Idempotency-Key} produced which result, in the same
 * transaction as the work itself: a request repeated with the same key finds the first result
 * instead of doing the work again. Two concurrent requests with one key collide on the primary key;
 * one commits, the other fails and, retried, finds the first one's result.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Idempotency {

  public static final int KEY_LENGTH = 200;

  private static final String TABLE = "idempotent_request";

  @PersistenceContext private EntityManager em;

  public Optional<String> recall(Caller caller, String key, String operation) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select operation, result from idempotent_request"
                    + " where caller = ?1 and idempotency_key = ?2")
            // touches one table: the session need not flush everything else first
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addSynchronizedQuerySpace(TABLE)
            .setParameter(1, caller.username())
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (!operation.equals(rows.get(0)[0])) {
      throw new cn.yicibang.domain.BusinessException("api.idempotencyKey.reused");
    }
    return Optional.of((String) rows.get(0)[1]);
  }

  public void remember(Caller caller, String key, String operation, String result) {
    if (key == null || key.isBlank()) {
      return;
    }
    if (key.length() > KEY_LENGTH) {
      throw new cn.yicibang.domain.BusinessException("api.idempotencyKey.tooLong", KEY_LENGTH);
    }
    em.createNativeQuery(
            "insert into idempotent_request (idempotency_key, caller, operation, result,"
                + " created_at) values (?1, ?2, ?3, ?4, ?5)")
        .unwrap(org.hibernate.query.NativeQuery.class)
        .addSynchronizedQuerySpace(TABLE)
        .setParameter(1, key)
        .setParameter(2, caller.username())
        .setParameter(3, operation)
        .setParameter(4, result)
        .setParameter(5, Timestamp.from(Instant.now()))
        .executeUpdate();
  }
}
