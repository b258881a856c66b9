package cn.yicibang.domain.security;

/**
 * The roles of Yicibang. The constants are the group names the identity store returns and the role
 * names in {@code @RolesAllowed} and web constraints.
 */
public final class Role {

  public static final String COUNTER_CLERK = "COUNTER_CLERK";
  public static final String HALL_CLERK = "HALL_CLERK";

  /** 大厅负责人: sees every application of the hall and is raised overdue department tasks. */
  public static final String HALL_SUPERVISOR = "HALL_SUPERVISOR";

  public static final String STATION_HEAD = "STATION_HEAD";
  public static final String BUREAU_APPROVER = "BUREAU_APPROVER";
  public static final String MEDIATOR = "MEDIATOR";

  /** 民警: a police officer of a station, who receives disputes and hands them to mediation. */
  public static final String POLICE_OFFICER = "POLICE_OFFICER";

  /** 司法局: supervises people's mediation, sees every dispute of the district and the figures. */
  public static final String MEDIATION_SUPERVISOR = "MEDIATION_SUPERVISOR";

  public static final String DEPARTMENT_OFFICER = "DEPARTMENT_OFFICER";
  public static final String ADMINISTRATOR = "ADMINISTRATOR";

  /** Every role, in the order menus list them. */
  public static final java.util.List<String> ALL =
      java.util.List.of(
          COUNTER_CLERK,
          HALL_CLERK,
          HALL_SUPERVISOR,
          STATION_HEAD,
          BUREAU_APPROVER,
          MEDIATOR,
          POLICE_OFFICER,
          MEDIATION_SUPERVISOR,
          DEPARTMENT_OFFICER,
          ADMINISTRATOR);

  private Role() {}
}
