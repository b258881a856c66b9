package cn.yicibang.bench;

import cn.yicibang.bench.data.Generator;
import cn.yicibang.bench.load.Rest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings the benchmark database to the size asked: the application's own migrations and demo data
 * (by starting it once), the generated register and history on top, accounts for the virtual
 * clerks, the mediation figures rebuilt by the application from the cases, fresh planner
 * statistics.
 */
public final class Dataset {

  /** Virtual clerks per police station. */
  public static final int CLERKS_PER_STATION = 5;

  private Dataset() {}

  public static void ensure(Bench.Context context) throws Exception {
    ensure(
        context,
        Environment.MAIN,
        context.size(),
        Bench.parseSize(context.option("disputes", String.valueOf(context.size()))));
  }

  /** The same for the small database beside it ({@code --small}, 10 k residents by default). */
  public static long ensureSmall(Bench.Context context) throws Exception {
    long size = Bench.parseSize(context.option("small", "10k"));
    ensure(context, Environment.SMALL, size, size);
    return size;
  }

  static void ensure(Bench.Context context, String database, long size, long disputes)
      throws Exception {
    Environment env = context.env();
    env.app(database);
    System.out.printf(Locale.ROOT, "  database %s: %,d residents%n", database, size);
    boolean grown = false;
    try (Connection c = env.jdbc(database)) {
      Generator g = new Generator(c);
      if (g.residents() < size) {
        var loaded = g.growRegister(size);
        System.out.printf(
            Locale.ROOT,
            "  register: %,d households, %,d residents and %,d history rows in %.1f s%n",
            loaded.households(),
            loaded.persons(),
            loaded.otherRows(),
            loaded.seconds());
        grown = true;
      }
      boolean moreDisputes = g.disputes() < disputes;
      if (moreDisputes) {
        var loaded = g.growDisputes(disputes);
        System.out.printf(
            Locale.ROOT, "  disputes: %,d rows in %.1f s%n", loaded.otherRows(), loaded.seconds());
        grown = true;
      }
      accounts(c);
      if (grown) {
        analyze(c);
      }
      if (g.state("figures_counted") != g.disputes()) {
        long t0 = System.nanoTime();
        String counted =
            Rest.expect(
                new Rest(env.base(database), "admin")
                    .post(
                        "api/mediation/statistics/rebuild",
                        "",
                        null,
                        java.time.Duration.ofMinutes(30)),
                200);
        System.out.printf(
            Locale.ROOT,
            "  figures rebuilt by the application: %s in %.1f s%n",
            counted.strip(),
            (System.nanoTime() - t0) / 1e9);
        g.mark("figures_counted", g.disputes());
      }
    }
  }

  /** The police stations with virtual clerks: every real one and the first synthetic ones. */
  public static List<String> stations(Connection c) throws SQLException {
    List<String> stations = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id from organisation where kind = 'POLICE_STATION' and id not like 'PS-S%'"
                    + " order by id")) {
      while (rs.next()) {
        stations.add(rs.getString(1));
      }
    }
    return stations;
  }

  /** User name of virtual clerk k (0-based) of a station. */
  public static String clerk(String station, int k) {
    return "bench." + station.toLowerCase(Locale.ROOT) + "." + (k + 1);
  }

  /** User name of the station head who approves a station's changes. */
  public static String head(String station) {
    return "bench." + station.toLowerCase(Locale.ROOT) + ".head";
  }

  /** Counter clerks and a head per station, with the demo password (hash of a demo clerk). */
  private static void accounts(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement user =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, organisation_id,"
                    + " enabled) select ?, ?, password_hash, ?, true from app_user where username"
                    + " = 'clerk.dongzhuang' on conflict do nothing");
        PreparedStatement role =
            c.prepareStatement(
                "insert into app_user_role (username, role) values (?, ?) on conflict do"
                    + " nothing")) {
      for (String station : stations(c)) {
        for (int k = 0; k <= CLERKS_PER_STATION; k++) {
          boolean head = k == CLERKS_PER_STATION;
          String name = head ? head(station) : clerk(station, k);
          user.setString(1, name);
          user.setString(2, head ? "测试所长" : "测试员" + (k + 1));
          user.setString(3, station);
          user.executeUpdate();
          role.setString(1, name);
          role.setString(2, head ? "STATION_HEAD" : "COUNTER_CLERK");
          role.executeUpdate();
        }
      }
    }
    c.commit();
  }

  private static void analyze(Connection c) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("vacuum analyze");
    }
    c.setAutoCommit(false);
  }
}
