package cn.yicibang.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aConnectionLostOrAServerShuttingDownIsAnOutage() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P02", "57P03"}) {
      assertThat(DatabaseOutage.is(wrapped(new SQLException("gone", state)))).as(state).isTrue();
    }
  }

  @Test
  void aCommitThatLostItsConnectionIsAnOutage() {
    var xa = new javax.transaction.xa.XAException("commit failed");
    xa.initCause(
        new jakarta.resource.spi.LocalTransactionException("This connection has been closed."));
    var system = new jakarta.transaction.SystemException();
    system.initCause(xa);
    assertThat(DatabaseOutage.is(new jakarta.ejb.EJBException(system))).isTrue();
    assertThat(
            DatabaseOutage.is(
                new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XAER_RMFAIL)))
        .isTrue();
    // the pool names the server's stop only in the message (seen in the outage script)
    var stopped =
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to"
                + " administrator command");
    var atCommit = new jakarta.transaction.SystemException();
    atCommit.initCause(stopped);
    assertThat(DatabaseOutage.is(new jakarta.ejb.EJBException(atCommit))).isTrue();
    // or says only that the connection it held has died
    var dead =
        new javax.transaction.xa.XAException(
            "jakarta.resource.ResourceException: This Managed Connection is not valid as the"
                + " physical connection is not usable");
    var atAcknowledgement = new jakarta.transaction.SystemException();
    atAcknowledgement.initCause(dead);
    assertThat(DatabaseOutage.is(new jakarta.ejb.EJBException(atAcknowledgement))).isTrue();
    assertThat(DatabaseOutage.is(new javax.transaction.xa.XAException("heuristic mixed")))
        .isFalse();
  }

  @Test
  void aBrokenRuleOrAFaultInTheRequestIsNot() {
    for (String state : new String[] {"23505", "23503", "42P01", "40001", null}) {
      assertThat(DatabaseOutage.is(wrapped(new SQLException("bad", state)))).as(state).isFalse();
    }
    assertThat(DatabaseOutage.is(new IllegalStateException("no database involved"))).isFalse();
    // a transaction manager's own trouble that is not a lost database stays an incident
    assertThat(
            DatabaseOutage.is(
                new jakarta.ejb.EJBException(
                    new javax.transaction.xa.XAException(
                        javax.transaction.xa.XAException.XAER_PROTO))))
        .isFalse();
    assertThat(DatabaseOutage.is(new jakarta.transaction.SystemException("no such transaction")))
        .isFalse();
  }

  private static Throwable wrapped(SQLException cause) {
    return new jakarta.ejb.EJBException(new PersistenceException("JDBC exception", cause));
  }
}
