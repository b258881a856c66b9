package cn.yicibang.domain.organisation;

/** The kinds of organisation that use or receive work from Yicibang. */
public enum OrganisationKind {
  /** 派出所: household-registration counter, jurisdiction over towns or villages. */
  POLICE_STATION,
  /** 公安分局: district branch bureau, an approval level. */
  BRANCH_BUREAU,
  /** 公安局: city bureau, the highest approval level. */
  CITY_BUREAU,
  /** 政务服务大厅: government service hall. */
  SERVICE_HALL,
  /** 人民调解委员会, including village sage committees. */
  MEDIATION_COMMITTEE,
  /** A mediation room placed inside a police station. */
  MEDIATION_ROOM,
  /** A department that receives work: medical insurance, pension, civil affairs, … */
  DEPARTMENT
}
