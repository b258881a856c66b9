package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.OfficialForm.REGISTER_EXTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FormRendererTest {

  @Test
  void warmUpRendersEveryFormWithSampleData() {
    assertThatCode(() -> new FormRenderer().warmUp()).doesNotThrowAnyException();
  }

  @Test
  void oneRendererServesConcurrentCallersEachWithTheirOwnData() throws Exception {
    FormRenderer renderer = new FormRenderer();
    List<String> names = List.of("林秀英", "黄丽娟", "郑建华", "吴美玲", "欧阳䶮", "蔡国栋", "许雅婷");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (String name : names) {
        texts.add(
            pool.submit(
                () ->
                    PdfPages.text(
                        renderer.renderPdf(
                            REGISTER_EXTRACT,
                            RegisterExtracts.person(name),
                            Locale.SIMPLIFIED_CHINESE))));
      }
      for (int i = 0; i < names.size(); i++) {
        String own = names.get(i);
        String text = texts.get(i).get();
        assertThat(text).contains(own);
        names.stream()
            .filter(other -> !other.equals(own))
            .forEach(other -> assertThat(text).doesNotContain(other));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The deployment that failed on Payara: JasperReports on a parent class loader (EAR/lib, or the
   * server), this module on a child, and the call made from a thread whose context class loader
   * cannot see this module. JasperReports then looks for the font extension only where it is not
   * (JRFontNotFoundException), unless the renderer points the context class loader at this module
   * for the call. Also shows that the compiled templates need no JRXML compiler at run time.
   */
  @Test
  void findsTheFontWhenJasperReportsSitsOnAParentLoaderAndTheThreadKnowsNeither() throws Exception {
    Path classes = Path.of("target", "classes").toAbsolutePath();
    List<URL> libraries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      // the "server" gets the libraries as the EAR will: without this module and without the
      // build-time JRXML compiler (jasperreports-jdt and its ecj are provided scope)
      boolean buildTimeOnly = entry.contains("jasperreports-jdt") || entry.contains("ecj");
      if (!path.startsWith(Path.of("target").toAbsolutePath()) && !buildTimeOnly) {
        libraries.add(path.toUri().toURL());
      }
    }
    try (URLClassLoader server =
            new URLClassLoader(
                libraries.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        URLClassLoader module = new URLClassLoader(new URL[] {classes.toUri().toURL()}, server)) {
      AtomicReference<Object> result = new AtomicReference<>();
      Thread poolThread =
          new Thread(
              () -> {
                try {
                  result.set(renderInIsolation(module));
                } catch (InvocationTargetException e) {
                  result.set(e.getCause());
                } catch (ReflectiveOperationException e) {
                  result.set(e);
                }
              });
      poolThread.setContextClassLoader(server);
      poolThread.start();
      poolThread.join();

      assertThat(result.get()).isInstanceOf(byte[].class);
      byte[] pdf = (byte[]) result.get();
      assertThat(PdfPages.text(pdf)).contains(RegisterExtracts.NAME);
      assertThat(PdfPages.fontsOfFirstPage(pdf))
          .allSatisfy(font -> assertThat(font.getName()).contains("NotoSansSC"));
    }
  }

  /** Renders the standard extract with the classes of {@code loader}, through reflection. */
  private static byte[] renderInIsolation(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> formDataType = loader.loadClass(FormData.class.getName());
    Object data = formDataType.getMethod("create").invoke(null);
    Method field = formDataType.getMethod("field", String.class, String.class);
    for (Map.Entry<String, String> entry : RegisterExtracts.personFields().entrySet()) {
      field.invoke(data, entry.getKey(), entry.getValue());
    }
    formDataType
        .getMethod("qrCode", String.class, String.class)
        .invoke(data, "verificationQrCode", RegisterExtracts.VERIFICATION_URL);
    formDataType
        .getMethod("code128", String.class, String.class)
        .invoke(data, "verificationCode128", RegisterExtracts.VERIFICATION_REFERENCE);

    Class<?> formType = loader.loadClass(OfficialForm.class.getName());
    Object form = formType.getField(REGISTER_EXTRACT.name()).get(null);
    Class<?> rendererType = loader.loadClass(FormRenderer.class.getName());
    Object renderer = rendererType.getConstructor().newInstance();
    return (byte[])
        rendererType
            .getMethod("renderPdf", formType, formDataType, Locale.class)
            .invoke(renderer, form, data, Locale.SIMPLIFIED_CHINESE);
  }
}
