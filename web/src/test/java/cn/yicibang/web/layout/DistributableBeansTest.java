package cn.yicibang.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions travel between nodes (the WAR is distributable), and a view or session bean with them:
 * it must be serialisable, its services must not be {@code transient} (or the bean arrives on the
 * other node without them and the clerk's next click fails), and everything else it holds must be
 * serialisable too, down to the last record component, or the session cannot be written at all.
 */
class DistributableBeansTest {

  /**
   * Interfaces whose implementations the code picks ({@code List.of}, {@code toList()}, {@code
   * ArrayList}…, all serialisable): the declared type says nothing, so their type arguments are
   * what is checked.
   */
  private static final Set<Class<?>> CONTAINERS =
      Set.of(
          Collection.class,
          List.class,
          Set.class,
          SortedSet.class,
          NavigableSet.class,
          Map.class,
          SortedMap.class,
          NavigableMap.class);

  @Test
  void viewAndSessionBeansTravelWithTheirServices() throws Exception {
    List<Class<?>> beans = beans();
    assertThat(beans).hasSizeGreaterThan(10);
    List<String> wrong = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        wrong.add(bean.getSimpleName() + " is not Serializable");
      }
      for (Field f : fields(bean)) {
        if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(f.getModifiers())) {
          wrong.add(bean.getSimpleName() + "." + f.getName() + " is injected but transient");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Every field a bean keeps across requests (not static, not transient, not an injected service
   * reference, which travels as the container's proxy): its declared type and, recursively, its
   * type arguments, array elements, record components and the fields of the application's own
   * classes are serialisable (primitives and enums are).
   */
  @Test
  void everythingAViewOrSessionBeanKeepsIsSerializable() throws Exception {
    Set<String> wrong = new TreeSet<>();
    Set<Class<?>> reached = new HashSet<>();
    for (Class<?> bean : beans()) {
      for (Field f : fields(bean)) {
        if (kept(f) && !f.isAnnotationPresent(Inject.class)) {
          check(
              f.getGenericType(),
              bean.getSimpleName() + "." + f.getName(),
              new HashSet<>(),
              reached,
              wrong);
        }
      }
    }
    assertThat(wrong).as("what a view or session bean keeps but cannot be serialised").isEmpty();
    // the check must have looked into the view records of the pages holding a case
    assertThat(reached)
        .extracting(Class::getName)
        .contains(
            "cn.yicibang.ejb.household.ChangeDetail",
            "cn.yicibang.ejb.household.ChangeDetail$Item",
            "cn.yicibang.ejb.bundle.Views$Detail",
            "cn.yicibang.ejb.bundle.Views$TaskView",
            "cn.yicibang.ejb.mediation.MediationViews$Detail",
            "cn.yicibang.ejb.mediation.MediationViews$PartyView",
            "cn.yicibang.ejb.registry.PersonRecord",
            "cn.yicibang.ejb.registry.PersonRecord$MemberView");
  }

  /**
   * Checks one type where it is used ({@code path}), adding to {@code wrong} what cannot be
   * serialised; {@code open} holds the types being checked further up (a record that refers to
   * itself is checked once).
   */
  private static void check(
      Type type, String path, Set<Type> open, Set<Class<?>> reached, Set<String> wrong) {
    if (!open.add(type)) {
      return;
    }
    try {
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        if (!CONTAINERS.contains(raw)) {
          check(raw, path, open, reached, wrong);
        }
        for (Type argument : p.getActualTypeArguments()) {
          check(argument, path + "<" + simple(argument) + ">", open, reached, wrong);
        }
      } else if (type instanceof GenericArrayType a) {
        check(a.getGenericComponentType(), path + "[]", open, reached, wrong);
      } else if (type instanceof WildcardType w) {
        for (Type bound : w.getUpperBounds()) {
          check(bound, path, open, reached, wrong);
        }
      } else if (type instanceof TypeVariable<?> v) {
        // a type parameter of the application's own classes: whatever it is bound to must be
        // serialisable, which only its bound can promise
        for (Type bound : v.getBounds()) {
          check(bound, path + " (" + v.getName() + ")", open, reached, wrong);
        }
      } else if (type instanceof Class<?> c) {
        checkClass(c, path, open, reached, wrong);
      }
    } finally {
      open.remove(type);
    }
  }

  private static void checkClass(
      Class<?> c, String path, Set<Type> open, Set<Class<?>> reached, Set<String> wrong) {
    if (c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", open, reached, wrong);
      return;
    }
    if (CONTAINERS.contains(c)) {
      wrong.add(path + ": a raw " + c.getSimpleName() + ", its elements cannot be checked");
      return;
    }
    boolean firstLook = c.getName().startsWith("cn.yicibang.") && reached.add(c);
    if (!Serializable.class.isAssignableFrom(c)) {
      wrong.add(path + ": " + c.getName() + " is not Serializable");
    }
    // the JDK's and the libraries' serialisable types (String, java.time, BigDecimal, UUID,
    // Locale…) are taken at their word; the application's own are looked into, once (also when
    // they are not serialisable themselves, so that one run names everything to mend)
    if (!firstLook) {
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        check(
            rc.getGenericType(),
            path + " → " + simple(c) + "." + rc.getName(),
            open,
            reached,
            wrong);
      }
    } else {
      for (Field f : fields(c)) {
        if (kept(f)) {
          check(
              f.getGenericType(),
              path + " → " + simple(c) + "." + f.getName(),
              open,
              reached,
              wrong);
        }
      }
    }
  }

  /** What serialisation writes: neither static nor transient. */
  private static boolean kept(Field f) {
    return !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers());
  }

  /** The class's fields and its superclasses'. */
  private static List<Field> fields(Class<?> c) {
    List<Field> all = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      all.addAll(List.of(k.getDeclaredFields()));
    }
    return all;
  }

  private static String simple(Type t) {
    if (t instanceof Class<?> c) {
      String name = c.getName();
      return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }
    return t.getTypeName().replaceAll("[a-z0-9_]+\\.", "");
  }

  /** The view and session beans of the WAR. */
  private List<Class<?>> beans() throws Exception {
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
    return beans;
  }
}
