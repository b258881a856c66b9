package cn.yicibang.domain.household;

import cn.yicibang.domain.organisation.OrganisationKind;

/**
 * The approval levels, in order. Which organisation decides at a level follows the organisation
 * tree from the accepting station: the station itself, its branch bureau, the branch's city bureau.
 */
public enum ApprovalLevel {
  STATION(OrganisationKind.POLICE_STATION),
  BRANCH(OrganisationKind.BRANCH_BUREAU),
  CITY(OrganisationKind.CITY_BUREAU);

  private final OrganisationKind organisationKind;

  ApprovalLevel(OrganisationKind organisationKind) {
    this.organisationKind = organisationKind;
  }

  public OrganisationKind organisationKind() {
    return organisationKind;
  }

  /** The next level up, or null at the top. */
  public ApprovalLevel next() {
    return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
  }

  /** The higher of two levels. */
  public ApprovalLevel max(ApprovalLevel other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }
}
