package cn.yicibang.domain.mediation;

/** How the dispute reached the police. */
public enum DisputeSource {
  /** 110 call, with its call number. */
  CALL,
  /** A police incident (警情), with its incident number. */
  INCIDENT,
  /** The parties came to the station. */
  WALK_IN
}
