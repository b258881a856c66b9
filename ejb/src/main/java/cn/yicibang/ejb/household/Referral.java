package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.household.ChangeApplication;

/**
 * What became of an application referred to a station by another office (a bundle's police part):
 * taken, or refused with the reason, which the referring office passes on. A refusal here saves
 * nothing and does not undo the work of the office that referred it.
 */
public record Referral(ChangeApplication taken, BusinessException refusal) {

  static Referral taken(ChangeApplication a) {
    return new Referral(a, null);
  }

  static Referral refused(BusinessException e) {
    return new Referral(null, e);
  }

  public boolean wasTaken() {
    return taken != null;
  }
}
