package cn.yicibang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a benchmark runs against, all on loopback: a PostgreSQL cluster kept in {@code
 * bench/target/pg} between runs (the generated data stays), and the application on Payara Micro,
 * started from the built WAR against it. What this run started, it stops (unless {@code --keep}).
 */
public final class Environment implements AutoCloseable {

  public static final int PG_PORT = 55440;
  public static final int APP_PORT = 18080;

  /** The database at the size asked, and a small one beside it for comparisons. */
  public static final String MAIN = "yicibang";

  public static final String SMALL = "yicibang_small";

  /** PostgreSQL as a small dedicated server on this machine would be set up; fsync stays on. */
  private static final String PG_SETTINGS =
      "-c shared_buffers=2GB -c max_connections=200 -c work_mem=16MB -c maintenance_work_mem=512MB"
          + " -c max_wal_size=8GB -c checkpoint_timeout=15min -c effective_cache_size=8GB";

  private final Path root;
  private final boolean keep;
  private boolean startedPg;
  private final java.util.Map<String, Process> apps = new java.util.LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public Environment(Path root, boolean keep) {
    this.root = root;
    this.keep = keep;
  }

  public Path root() {
    return root;
  }

  public Path target() {
    return root.resolve("bench/target");
  }

  /** Starts the cluster when it is not answering; creates it on first use. */
  public void database() throws IOException, InterruptedException {
    if (reachable()) {
      return;
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                root.resolve(".ci/postgres").toString(),
                "start",
                target().resolve("pg").toString(),
                String.valueOf(PG_PORT))
            .inheritIO();
    pb.environment().put("POSTGRES_OPTIONS", PG_SETTINGS);
    Files.createDirectories(target());
    if (pb.start().waitFor() != 0) {
      throw new IllegalStateException("PostgreSQL did not start; see bench/target/pg/server.log");
    }
    startedPg = true;
  }

  private static boolean reachable() {
    try (Connection c = DriverManager.getConnection(url(MAIN), "yicibang", "yicibang")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  public static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + database;
  }

  public Connection jdbc() throws SQLException {
    return jdbc(MAIN);
  }

  public Connection jdbc(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "yicibang", "yicibang");
  }

  /** Creates a database for the application unless it exists (the cluster trusts loopback). */
  public void createDatabase(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        var s = c.createStatement();
        var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
      if (!rs.next()) {
        s.execute("create database " + database + " owner yicibang");
      }
    }
  }

  public URI base() {
    return base(MAIN);
  }

  public static int port(String database) {
    return database.equals(MAIN) ? APP_PORT : APP_PORT + 1;
  }

  public URI base(String database) {
    return URI.create("http://127.0.0.1:" + port(database) + "/");
  }

  /**
   * Whether the application serves: its login page answers and its health check is up (Payara's
   * health endpoint answers before the application is deployed, so it alone does not tell).
   */
  public boolean appUp() {
    return appUp(MAIN);
  }

  public boolean appUp(String database) {
    return Probe.serves(http, base(database));
  }

  /** Starts the application unless it already answers; returns the seconds start-up took. */
  public double app() throws IOException, InterruptedException, SQLException {
    return app(MAIN);
  }

  /** The application on the given database (created when missing), started unless it answers. */
  public double app(String database) throws IOException, InterruptedException, SQLException {
    if (appUp(database)) {
      return 0;
    }
    database();
    createDatabase(database);
    return startApp(database, database + ".log");
  }

  /**
   * Starts Payara Micro, with the application or empty, and waits until it serves: the health check
   * for the application, the first answer of any kind for an empty one.
   */
  public double startApp(String database, String log) throws IOException, InterruptedException {
    boolean withApplication = database != null;
    Path micro = root.resolve("web/target/payara-micro.jar");
    Path war = root.resolve("web/target/yicibang.war");
    if (!Files.exists(micro) || !Files.exists(war)) {
      throw new IllegalStateException("Build first: bench/run builds the WAR (web/target)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + System.getProperty("bench.app.heap", "640m"));
    cmd.add("-Djava.awt.headless=true");
    // marks the process as this database's, to find it again; no --rootdir: Micro would keep the
    // deployment in it and deploy the application twice at the next start
    cmd.add("-Dbench.instance=" + instance(database));
    cmd.add("-Dfile.encoding=UTF-8");
    if (withApplication) {
      cmd.add("-Dyicibang.demo=true");
      cmd.add("-Dyicibang.db.url=" + url(database));
      cmd.add("-Dyicibang.db.driver=org.postgresql.ds.PGSimpleDataSource");
    }
    cmd.addAll(List.of("-jar", micro.toString()));
    if (withApplication) {
      cmd.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
    }
    cmd.addAll(
        List.of(
            "--port",
            String.valueOf(withApplication ? port(database) : APP_PORT + 2),
            "--interfaces",
            "127.0.0.1",
            "--nocluster"));
    Files.createDirectories(target());
    long start = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(target().resolve(log).toFile());
    // glibc's per-thread malloc arenas add hundreds of MiB of resident memory to a server with
    // many threads; two are plenty (the setting the README recommends for production)
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    Process app = builder.start();
    apps.put(withApplication ? database : "", app);
    long deadline = start + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("Payara Micro ended; see bench/target/" + log);
      }
      if (withApplication ? appUp(database) : answers()) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Payara Micro did not start in 10 minutes");
  }

  private boolean answers() {
    try {
      http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (APP_PORT + 2) + "/"))
              .timeout(Duration.ofSeconds(5))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The resident set of the Payara Micro serving the database (null: the empty one) in MiB, or -1
   * when none runs. Found by a marker on its command line, so one an earlier run left counts too.
   */
  public double appRssMib(String database) {
    long pid = pid(database);
    if (pid < 0) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private long pid(String database) {
    Process own = apps.get(database == null ? "" : database);
    if (own != null && own.isAlive()) {
      return own.pid();
    }
    String marker = "-Dbench.instance=" + instance(database);
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(a -> java.util.Arrays.asList(a).contains(marker))
                    .orElse(false))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElse(-1);
  }

  private String instance(String database) {
    return root.toString() + "#" + (database == null ? "empty" : database);
  }

  /** Stops the Payara Micro serving the database (null: the empty one), whoever started it. */
  public void stopApp(String database) throws InterruptedException {
    Process app = apps.remove(database == null ? "" : database);
    ProcessHandle handle =
        app != null ? app.toHandle() : ProcessHandle.of(pid(database)).orElse(null);
    if (handle != null && handle.isAlive()) {
      handle.destroy();
      try {
        handle.onExit().get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        handle.destroyForcibly();
      }
    }
  }

  @Override
  public void close() throws Exception {
    if (keep) {
      return;
    }
    for (String database : List.copyOf(apps.keySet())) {
      stopApp(database.isEmpty() ? null : database);
    }
    if (startedPg) {
      new ProcessBuilder(
              "bash",
              root.resolve(".ci/postgres").toString(),
              "stop",
              target().resolve("pg").toString())
          .inheritIO()
          .start()
          .waitFor();
    }
  }
}
