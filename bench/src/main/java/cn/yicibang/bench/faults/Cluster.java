package cn.yicibang.bench.faults;

import cn.yicibang.bench.Probe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a fault script runs against, all on loopback and all its own: a fresh PostgreSQL cluster in
 * a temporary directory (as {@code .ci/run} makes one: the server runs as the {@code postgres}
 * user, which may not reach into the project's folder), and Payara Micro nodes of the built WAR on
 * it, clustered by Payara's data grid (sessions shared, {@code --nohostaware} so that two nodes on
 * one machine form one cluster). Everything it started it stops.
 */
public final class Cluster implements AutoCloseable {

  private static final String DATABASE = "yicibang";

  /** Nodes a script may start; each has its own HTTP port from {@link #firstPort}. */
  private static final int MAX_NODES = 4;

  /**
   * Ports free when the script started, from these on: a second run on the same machine (or a
   * developer's own server) takes others, and its nodes join no other run's cluster.
   */
  private final int pgPort = freePorts(55450, 1);

  private final int firstPort = freePorts(18181, MAX_NODES);
  private final int gridPort = freePorts(6970, 10);
  private final String clusterName = "yicibang-faults-" + ProcessHandle.current().pid();

  private final Path root;
  private final Path dir;
  private final Map<Integer, Process> nodes = new TreeMap<>();
  private final Map<Integer, List<String>> settings = new TreeMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final java.util.Set<Integer> rotation =
      new java.util.concurrent.ConcurrentSkipListSet<>();
  private boolean database;
  private Path pg;

  public Cluster(Path root) {
    this.root = root;
    this.dir = root.resolve("bench/target/faults");
    // a script stopped with Ctrl-C or kill leaves no node or database behind
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  nodes.values().forEach(Process::destroyForcibly);
                  if (database) {
                    try {
                      stopDatabase();
                    } catch (Exception e) {
                      // nothing more can be done while the JVM ends
                    }
                  }
                }));
  }

  /** A fresh database in a directory of its own, removed again by {@link #close}. */
  public void freshDatabase() throws IOException, InterruptedException {
    pg = Files.createTempDirectory("yicibang-faults-pg-");
    Files.createDirectories(dir);
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
        Files.delete(log); // the nodes' logs of this run only
      }
    }
    startDatabase();
  }

  /** Starts PostgreSQL (again, as it was, after {@link #stopDatabase}). */
  public void startDatabase() throws IOException, InterruptedException {
    if (postgres("start") != 0) {
      // its directory goes when the cluster closes: keep what it said
      for (String log : List.of("initdb.log", "server.log")) {
        if (Files.exists(pg.resolve(log))) {
          Files.copy(
              pg.resolve(log), dir.resolve("postgres-" + log), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      throw new IllegalStateException(
          "PostgreSQL did not start; see " + dir.resolve("postgres-server.log"));
    }
    database = true;
  }

  /** Stops PostgreSQL at once ({@code pg_ctl -m fast}: open sessions are cut). */
  public void stopDatabase() throws IOException, InterruptedException {
    postgres("stop");
    database = false;
  }

  private int postgres(String action) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of("bash", root.resolve(".ci/postgres").toString(), action, pg.toString()));
    if (action.equals("start")) {
      cmd.add(String.valueOf(pgPort));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("POSTGRES_OPTIONS", "-c max_connections=200 -c shared_buffers=256MB");
    Process p = pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    return p.waitFor();
  }

  public Connection jdbc() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE, "yicibang", "yicibang");
  }

  public URI base(int node) {
    if (node < 0 || node >= MAX_NODES) {
      throw new IllegalArgumentException("node " + node + " of at most " + MAX_NODES);
    }
    return URI.create("http://127.0.0.1:" + (firstPort + node) + "/");
  }

  /** The first of {@code count} consecutive ports from {@code from} on that loopback can bind. */
  static int freePorts(int from, int count) {
    for (int first = from; first + count <= 65535; first++) {
      int next = first;
      while (next < first + count && bindable(next)) {
        next++;
      }
      if (next == first + count) {
        return first;
      }
      first = next; // the loop steps past the port that was taken
    }
    throw new IllegalStateException("no " + count + " free ports from " + from);
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The nodes a load balancer sends to: those that served since they were last started, as a
   * balancer's health check would admit them. A killed node stays listed until its requests fail,
   * as it would until the balancer notices.
   */
  public List<URI> bases() {
    List<URI> live = rotation.stream().sorted().map(this::base).toList();
    return live.isEmpty() ? List.of(base(0)) : live;
  }

  /**
   * Starts node {@code node} (0, 1, …) with these extra system properties and waits until it
   * serves; returns the seconds it took. The same properties are used when the node is started
   * again.
   */
  public double start(int node, List<String> properties) throws IOException, InterruptedException {
    settings.put(node, List.copyOf(properties));
    return start(node);
  }

  /** Starts the node again, as it was started before. */
  public double start(int node) throws IOException, InterruptedException {
    Path micro = root.resolve("web/target/payara-micro.jar");
    Path war = root.resolve("web/target/yicibang.war");
    if (!Files.exists(micro) || !Files.exists(war)) {
      throw new IllegalStateException("Build first: bench/run builds the WAR (web/target)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + System.getProperty("bench.app.heap", "640m"));
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dfile.encoding=UTF-8");
    // the data grid listens on loopback only (--interfaces alone picks the members' address)
    cmd.add("-Dhazelcast.socket.bind.any=false");
    cmd.add("-Dyicibang.demo=true");
    cmd.add("-Dyicibang.db.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE);
    cmd.add("-Dyicibang.db.driver=org.postgresql.ds.PGSimpleDataSource");
    cmd.add("-Dyicibang.public-url=" + base(node).toString().replaceAll("/$", ""));
    cmd.addAll(settings.getOrDefault(node, List.of()));
    cmd.addAll(
        List.of(
            "-jar",
            micro.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(base(node).getPort()),
            "--interfaces",
            "127.0.0.1",
            "--clustername",
            clusterName,
            "--nohostaware",
            "--startport",
            String.valueOf(gridPort),
            "--prebootcommandfile",
            loopbackOnly().toString()));
    Path log = dir.resolve("node-" + node + ".log");
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    rotation.remove(node);
    Process p = builder.start();
    nodes.put(node, p);
    long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("node " + node + " ended; see " + log);
      }
      if (serves(node)) {
        rotation.add(node);
        return (System.nanoTime() - t0) / 1e9;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("node " + node + " did not start in 5 minutes; see " + log);
  }

  /** A command file that has Payara Micro's HTTP listener bind to loopback only. */
  private Path loopbackOnly() throws IOException {
    Path file = dir.resolve("preboot-loopback.txt");
    Files.createDirectories(dir);
    Files.writeString(
        file,
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address=127.0.0.1\n");
    return file;
  }

  /** The nodes' log files (each node's runs appended). */
  public List<Path> logs() {
    return nodes.keySet().stream().map(n -> dir.resolve("node-" + n + ".log")).toList();
  }

  /** Whether the node's login page answers and its health check is up. */
  public boolean serves(int node) {
    return Probe.serves(http, base(node));
  }

  /** The status of a plain GET, or -1 when nothing answers. */
  public int status(int node, String path) {
    return Probe.status(http, base(node).resolve(path));
  }

  /** The node's pid, as the job records name it ({@code pid@host}). */
  public long pid(int node) {
    return nodes.get(node).pid();
  }

  /** Kills the node with SIGKILL: no shutdown, no goodbye to the cluster or the database. */
  public void kill(int node) throws InterruptedException {
    Process p = nodes.get(node);
    if (p != null) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws Exception {
    for (Process p : nodes.values()) {
      p.destroy();
    }
    for (Process p : nodes.values()) {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    nodes.clear();
    if (database) {
      stopDatabase();
    }
    if (pg != null) {
      try (Stream<Path> files = Files.walk(pg)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
