package cn.yicibang.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One entry of a dispute's timeline: what happened, when, by whom, in which organisation. */
@Embeddable
public class DisputeEvent {

  public static final int NOTE_LENGTH = 1000;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "organisation_id", nullable = false, length = 32, updatable = false)
  private String organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24, updatable = false)
  private DisputeEventKind kind;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  protected DisputeEvent() {}

  DisputeEvent(
      Instant at, String actor, String organisationId, DisputeEventKind kind, String note) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.kind = Objects.requireNonNull(kind, "kind");
    // notes are what the system writes (names of bodies, a reason already checked for length)
    this.note = note;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String organisationId() {
    return organisationId;
  }

  public DisputeEventKind kind() {
    return kind;
  }

  public String note() {
    return note;
  }
}
