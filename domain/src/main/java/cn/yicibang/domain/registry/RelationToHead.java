package cn.yicibang.domain.registry;

/** Relation of a household member to the head of household (与户主关系, after GB/T 4761). */
public enum RelationToHead {
  HEAD("02"),
  SPOUSE("10"),
  SON("20"),
  DAUGHTER("30"),
  GRANDSON("41"),
  GRANDDAUGHTER("44"),
  FATHER("51"),
  MOTHER("52"),
  GRANDFATHER("61"),
  GRANDMOTHER("62"),
  DAUGHTER_IN_LAW("28"),
  SON_IN_LAW("38"),
  BROTHER("71"),
  SISTER("77"),
  OTHER("99");

  private final String gbCode;

  RelationToHead(String gbCode) {
    this.gbCode = gbCode;
  }

  public String gbCode() {
    return gbCode;
  }
}
