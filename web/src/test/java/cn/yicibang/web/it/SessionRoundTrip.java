package cn.yicibang.web.it;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a cluster's session store does with a distributable application's session after each
 * request, done on this one node: every attribute written with Java serialisation and read back.
 * One thing is left to the container, as its store leaves it: a reference to an EJB (a bean's
 * injected service) is written by Payara as a handle that finds the bean again on the other node,
 * which a plain stream cannot do; here the reference is set aside and a handle to it written in its
 * place. Deployed with the tests (the WAR's annotation scan finds it) but idle until a test {@link
 * #start starts} it, so the other tests of the deployment run as before. Records what failed and
 * the class of every object written, so a test can tell that a page's view records were among them.
 */
@WebFilter(urlPatterns = "/*")
public class SessionRoundTrip implements Filter {

  private static volatile boolean watching;
  private static final ConcurrentLinkedQueue<String> FAILURES = new ConcurrentLinkedQueue<>();
  private static final Set<String> WRITTEN = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger SESSIONS = new AtomicInteger();
  private static final AtomicInteger ATTRIBUTES = new AtomicInteger();
  private static final AtomicInteger HANDLES = new AtomicInteger();
  private static final AtomicLong OBJECTS = new AtomicLong();

  /** Forgets what was seen and watches every request from now on. */
  static void start() {
    FAILURES.clear();
    WRITTEN.clear();
    SESSIONS.set(0);
    ATTRIBUTES.set(0);
    HANDLES.set(0);
    OBJECTS.set(0);
    watching = true;
  }

  static void stop() {
    watching = false;
  }

  /** Each attribute that could not be written or read back: the request, the name, why. */
  static List<String> failures() {
    return List.copyOf(FAILURES);
  }

  /** The names of the classes of every object written. */
  static Set<String> written() {
    return Collections.unmodifiableSet(WRITTEN);
  }

  /** How many sessions were written and read back after a request. */
  static int sessions() {
    return SESSIONS.get();
  }

  /** How many session attributes were written and read back, in all. */
  static int attributes() {
    return ATTRIBUTES.get();
  }

  /** How many objects were written, in all. */
  static long objects() {
    return OBJECTS.get();
  }

  /** How many EJB references were set aside for the container. */
  static int handles() {
    return HANDLES.get();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (watching && request instanceof HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        if (session != null) {
          roundTrip(session, http.getMethod() + " " + http.getRequestURI());
        }
      }
    }
  }

  private static void roundTrip(HttpSession session, String request) {
    List<String> names;
    try {
      names = Collections.list(session.getAttributeNames());
    } catch (IllegalStateException invalidated) {
      return; // a logout ended it: nothing is left to store
    }
    for (String name : names) {
      Object value = session.getAttribute(name);
      List<Object> references = new ArrayList<>();
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Writer(bytes, references)) {
          out.writeObject(value);
        }
        try (Reader in = new Reader(new ByteArrayInputStream(bytes.toByteArray()), references)) {
          in.readObject();
        }
        ATTRIBUTES.incrementAndGet();
      } catch (Exception | LinkageError e) {
        FAILURES.add(request + ": session attribute " + name + ": " + e);
      }
    }
    SESSIONS.incrementAndGet();
  }

  /** In place of a container's EJB reference: its place among those set aside. */
  private record Handle(int index) implements Serializable {}

  /** Payara's generated view of an EJB (no-interface or local business view). */
  private static boolean ejbReference(Object obj) {
    return obj.getClass().getName().contains("__EJB31_Generated__");
  }

  /** Notes the class of each object as it is written; sets EJB references aside. */
  private static final class Writer extends ObjectOutputStream {
    private final List<Object> references;

    Writer(OutputStream out, List<Object> references) throws IOException {
      super(out);
      this.references = references;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      WRITTEN.add(obj.getClass().getName());
      OBJECTS.incrementAndGet();
      if (ejbReference(obj)) {
        references.add(obj);
        HANDLES.incrementAndGet();
        return new Handle(references.size() - 1);
      }
      return obj;
    }
  }

  /**
   * Finds the application's classes as the session store would, through the application, and takes
   * the EJB references back from their handles.
   */
  private static final class Reader extends ObjectInputStream {
    private final List<Object> references;

    Reader(InputStream in, List<Object> references) throws IOException {
      super(in);
      this.references = references;
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object obj) {
      return obj instanceof Handle h ? references.get(h.index()) : obj;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, Thread.currentThread().getContextClassLoader());
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
