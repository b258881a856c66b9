package cn.yicibang.domain.bundle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One entry of a bundle application's timeline: what happened to which part, when, by whom. */
@Embeddable
public class BundleEvent {

  public static final int NOTE_LENGTH = 1000;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "organisation_id", nullable = false, length = 32, updatable = false)
  private String organisationId;

  @Column(name = "item_code", length = BundleItem.CODE_LENGTH, updatable = false)
  private String itemCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24, updatable = false)
  private EventKind kind;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  protected BundleEvent() {}

  BundleEvent(
      Instant at,
      String actor,
      String organisationId,
      String itemCode,
      EventKind kind,
      String note) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.itemCode = itemCode;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.note =
        note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
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

  public String itemCode() {
    return itemCode;
  }

  public EventKind kind() {
    return kind;
  }

  public String note() {
    return note;
  }
}
