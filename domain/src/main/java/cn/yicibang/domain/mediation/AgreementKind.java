package cn.yicibang.domain.mediation;

/** People's Mediation Law art. 28–29: a written agreement, or an oral one the mediator records. */
public enum AgreementKind {
  WRITTEN,
  ORAL
}
