package cn.yicibang.domain.mediation;

/** The identity document a party showed. */
public enum IdKind {
  RESIDENT_ID,
  PASSPORT,
  HK_MACAO_PERMIT,
  TAIWAN_PERMIT,
  OTHER
}
