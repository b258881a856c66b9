package cn.yicibang.web.it;

import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares: the shipped WAR deployed as it is (the test runs as a client,
 * like a user), and a fresh headless Chromium per test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource protected URL base;

  protected Browser chromium;
  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws IOException {
    chromium = Browser.start();
    browser = chromium.driver;
    wait = chromium.wait;
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (chromium != null) {
      try {
        org.assertj.core.api.Assertions.assertThat(chromium.scriptProblems())
            .as("scripts blocked by the page's policy or failing in the browser's console")
            .isEmpty();
      } finally {
        chromium.close();
      }
    }
  }
}
