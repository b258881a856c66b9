package cn.yicibang.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions travel between nodes (the WAR is distributable), and a view or session bean with them:
 * it must be serialisable, and its services must not be {@code transient}, or the bean arrives on
 * the other node without them and the clerk's next click fails.
 */
class DistributableBeansTest {

  @Test
  void viewAndSessionBeansTravelWithTheirServices() throws Exception {
    Path classes = Path.of("target", "classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    }
    assertThat(beans).hasSizeGreaterThan(10);
    List<String> wrong = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        wrong.add(bean.getSimpleName() + " is not Serializable");
      }
      for (Field f : bean.getDeclaredFields()) {
        if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(f.getModifiers())) {
          wrong.add(bean.getSimpleName() + "." + f.getName() + " is injected but transient");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
