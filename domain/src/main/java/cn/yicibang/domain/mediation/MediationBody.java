package cn.yicibang.domain.mediation;

import cn.yicibang.domain.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;

/**
 * An organisation that mediates — a committee, a village sage committee or a mediation room in a
 * police station — with its level and the hours it has to accept a dispute handed to it (data,
 * seeded 24).
 */
@Entity
@Table(name = "mediation_body")
public class MediationBody {

  @Id
  @Column(name = "organisation_id", length = Organisation.ID_LENGTH)
  private String id;

  @OneToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", insertable = false, updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 12)
  private MediationLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 12)
  private BodyKind kind;

  @Column(name = "accept_hours", nullable = false)
  private int acceptHours;

  @Version private long version;

  protected MediationBody() {}

  public MediationBody(
      Organisation organisation, MediationLevel level, BodyKind kind, int acceptHours) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.id = organisation.id();
    this.level = Objects.requireNonNull(level, "level");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.acceptHours = acceptHours;
  }

  public String id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public MediationLevel level() {
    return level;
  }

  public BodyKind kind() {
    return kind;
  }

  /** How long the body has to accept a dispute handed to it. */
  public Duration acceptWithin() {
    return Duration.ofHours(acceptHours);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediationBody other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
