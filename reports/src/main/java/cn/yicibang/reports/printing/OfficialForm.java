package cn.yicibang.reports.printing;

/**
 * The official forms this module can print. Each has a template compiled at build time to {@code
 * forms/<template name>.jasper} on the class path and a resource bundle with its labels.
 */
public enum OfficialForm {
  /** 常住人口登记表: one resident's register entry with its change history. */
  REGISTER_EXTRACT("register-extract", "forms.register_extract");

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
