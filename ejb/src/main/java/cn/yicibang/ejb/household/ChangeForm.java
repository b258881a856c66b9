package cn.yicibang.ejb.household;

import cn.yicibang.reports.printing.OfficialForm;

/** The forms of a household counter case, by the name used in URLs. */
public enum ChangeForm {
  APPLICATION("application", OfficialForm.CHANGE_APPLICATION),
  RECEIPT("receipt", OfficialForm.CHANGE_RECEIPT),
  SUPPLEMENT_NOTICE("supplement-notice", OfficialForm.SUPPLEMENT_NOTICE),
  REFUSAL_DECISION("refusal-decision", OfficialForm.REFUSAL_DECISION),
  BIRTH_DECLARATION("birth-declaration", OfficialForm.BIRTH_DECLARATION),
  DEREGISTRATION_PROOF("deregistration-proof", OfficialForm.DEREGISTRATION_PROOF),
  MIGRATION_RECORD("migration-record", OfficialForm.MIGRATION_RECORD);

  private final String slug;
  private final OfficialForm form;

  ChangeForm(String slug, OfficialForm form) {
    this.slug = slug;
    this.form = form;
  }

  public String slug() {
    return slug;
  }

  OfficialForm officialForm() {
    return form;
  }

  public static ChangeForm ofSlug(String slug) {
    for (ChangeForm f : values()) {
      if (f.slug.equals(slug)) {
        return f;
      }
    }
    throw new cn.yicibang.domain.NotFoundException("household.form.unknown", slug);
  }
}
