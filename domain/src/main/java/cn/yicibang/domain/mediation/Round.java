package cn.yicibang.domain.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One mediation session (调解记录): when, at which level and body, who mediated, who attended, the
 * record of what was said, and how it ended. Never changed once recorded.
 */
@Embeddable
public class Round {

  public static final int MEDIATORS_LENGTH = 400;
  public static final int ATTENDEES_LENGTH = 1000;
  public static final int RECORD_LENGTH = 8000;

  @Enumerated(EnumType.STRING)
  @Column(name = "body_level", nullable = false, length = 12, updatable = false)
  private MediationLevel level;

  @Column(name = "body_id", nullable = false, length = 32, updatable = false)
  private String bodyId;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(name = "mediators", nullable = false, length = MEDIATORS_LENGTH, updatable = false)
  private String mediators;

  @Column(name = "attendees", nullable = false, length = ATTENDEES_LENGTH, updatable = false)
  private String attendees;

  @Column(name = "record_text", nullable = false, length = RECORD_LENGTH, updatable = false)
  private String record;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, length = 12, updatable = false)
  private RoundResult result;

  @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Round() {}

  /** What the mediator records of a session; level and body are the case's at the time. */
  public record Session(
      LocalDate heldOn, String mediators, String attendees, String record, RoundResult result) {}

  Round(MediationLevel level, String bodyId, Session s, LocalDate today, String by, Instant at) {
    this.level = Objects.requireNonNull(level, "level");
    this.bodyId = Objects.requireNonNull(bodyId, "bodyId");
    if (s.heldOn() == null) {
      throw new BusinessException("mediation.round.dateRequired");
    }
    if (s.heldOn().isAfter(today)) {
      throw new BusinessException("mediation.round.dateInFuture");
    }
    this.heldOn = s.heldOn();
    this.mediators = required(s.mediators(), MEDIATORS_LENGTH, "mediation.round.mediators");
    this.attendees = required(s.attendees(), ATTENDEES_LENGTH, "mediation.round.attendees");
    this.record = required(s.record(), RECORD_LENGTH, "mediation.round.record");
    if (s.result() == null) {
      throw new BusinessException("mediation.round.resultRequired");
    }
    this.result = s.result();
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
  }

  static String required(String value, int max, String what) {
    String v = Party.text(value, max, what);
    if (v == null) {
      throw new BusinessException("mediation.required", new Label(what));
    }
    return v;
  }

  public MediationLevel level() {
    return level;
  }

  public String bodyId() {
    return bodyId;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String mediators() {
    return mediators;
  }

  public String attendees() {
    return attendees;
  }

  public String record() {
    return record;
  }

  public RoundResult result() {
    return result;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
