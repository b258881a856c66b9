package cn.yicibang.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration tests: the very WAR that Payara Micro runs in production
 * (built by this module's package phase), plus this package's test classes.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive yicibang() {
    File war = new File(System.getProperty("yicibang.war", "target/yicibang.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addPackages(false, Deployments.class.getPackage())
        .addAsLibraries(
            jarOf(org.assertj.core.api.Assertions.class),
            jarOf(org.apache.pdfbox.Loader.class),
            jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
            jarOf(org.apache.fontbox.ttf.TrueTypeFont.class));
  }

  /** The jar a test library class came from, to ship it with the in-container tests. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
