package cn.yicibang.reports.printing;

/**
 * The official forms this module can print. Each has a template compiled at build time to {@code
 * forms/<template name>.jasper} on the class path and a resource bundle with its labels.
 */
public enum OfficialForm {
  /** 常住人口登记表: one resident's register entry with its change history. */
  REGISTER_EXTRACT("register-extract", "forms.register_extract"),

  /**
   * 户口登记项目变更更正申请审批表: the application for changing or correcting household registration items,
   * signed by the applicant and then by each approval level; one row per item applied for.
   */
  CHANGE_APPLICATION("change-application", "forms.change_application"),

  /**
   * 出生登记申报表: the declaration of a birth, signed by the declarant, with the station's opinion and,
   * once registered, the newborn's identity number.
   */
  BIRTH_DECLARATION("birth-declaration", "forms.birth_declaration"),

  /** 注销户口证明: the station certifies that a person's registration was cancelled on death. */
  DEREGISTRATION_PROOF("deregistration-proof", "forms.deregistration_proof"),

  /**
   * 户口迁移证: the people who moved out of the district, where from and where to; one row per person.
   */
  MIGRATION_RECORD("migration-record", "forms.migration_record"),

  /**
   * 受理回执: the applicant's receipt with the acceptance number, for an item change, a birth or a
   * death ({@code operation} names which).
   */
  CHANGE_RECEIPT("change-receipt", "forms.change_receipt"),

  /**
   * 补正材料告知书: every material missing from an application, in one notice ({@code operation} names the
   * matter).
   */
  SUPPLEMENT_NOTICE("supplement-notice", "forms.supplement_notice"),

  /**
   * 不予变更更正决定书 and its kin for births and deaths ({@code operation} names which): the decision
   * refusing an application; it has no detail rows.
   */
  REFUSAL_DECISION("refusal-decision", "forms.refusal_decision"),

  /**
   * “一件事一次办”一次性告知书: everything to bring for a bundle of matters handled together, in one notice;
   * rows in two groups by {@code groupKey}: the materials, then the departments with their matters
   * and time limits.
   */
  BUNDLE_NOTICE("bundle-notice", "forms.bundle_notice"),

  /**
   * “一件事一次办”一表申请表: the one application form for every department of a bundle; one row per label and
   * value, under the section titles the rows name.
   */
  BUNDLE_APPLICATION("bundle-application", "forms.bundle_application"),

  /** “一件事一次办”受理回执: the applicant's receipt with the tracking number; one row per matter. */
  BUNDLE_RECEIPT("bundle-receipt", "forms.bundle_receipt"),

  /**
   * “一件事一次办”办结通知书: every matter of a bundle completed, with the result of each and where to collect
   * them.
   */
  BUNDLE_COMPLETION("bundle-completion", "forms.bundle_completion"),

  /**
   * 人民调解移交告知书: the station hands a dispute to a mediation body; one row per party, a receipt stub
   * for the body.
   */
  MEDIATION_HANDOVER("mediation-handover", "forms.mediation_handover"),

  /**
   * 人民调解协议书: the agreement with every element People's Mediation Law art. 29 names, once per copy
   * (one for each party and one for the committee); rows are the parties once per copy, with the
   * copy's number and label.
   */
  MEDIATION_AGREEMENT("mediation-agreement", "forms.mediation_agreement"),

  /**
   * 人民调解终止告知书: mediation ended without agreement at every level, and where the dispute is referred;
   * one row per session held.
   */
  MEDIATION_REFERRAL("mediation-referral", "forms.mediation_referral"),

  /**
   * 人民调解工作月报: a month's mediation figures, totals and one table per breakdown (rows grouped by
   * {@code groupKey}: level, body, type, town); also exported as a spreadsheet.
   */
  MEDIATION_MONTHLY("mediation-monthly", "forms.mediation_monthly");

  private final String templateName;
  private final String bundleBaseName;

  OfficialForm(String templateName, String bundleBaseName) {
    this.templateName = templateName;
    this.bundleBaseName = bundleBaseName;
  }

  /** The template's file name without extension, e.g. {@code register-extract}. */
  public String templateName() {
    return templateName;
  }

  /** The base name of the label bundle, as in the template's {@code resourceBundle} attribute. */
  public String bundleBaseName() {
    return bundleBaseName;
  }

  /** Class path location of the compiled template. */
  String compiledTemplate() {
    return "forms/" + templateName + ".jasper";
  }
}
