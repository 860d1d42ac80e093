import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Commits and row writes per unit of work (a lifecycle, a submission) from PostgreSQL's own statistics
 * ({@code pg_stat_database}, {@code pg_stat_user_tables}) over a measured window, with an idle window of the same
 * length subtracted (scheduled jobs and the statistics' own writes). Counts, not times: the same on a loaded machine.
 * Used by LifecycleBench and SubmissionBench (Java 22+ launches a source file with the other sources of its directory).
 */
final class DatabaseWrites {

    /** The application's connections report their statistics when idle, every ~10 s. */
    private static final long REPORT_DELAY_MS = 11_000;

    private final Connection c;
    private final Stats before;
    private final Map<String, Long> tablesBefore;
    private final long start;

    private DatabaseWrites(Connection c) throws Exception {
        this.c = c;
        Thread.sleep(REPORT_DELAY_MS);
        before = Stats.read(c);
        tablesBefore = tableWrites(c);
        start = System.nanoTime();
    }

    /** Opens the window once what ran before has been reported; call right before the measured work. */
    static DatabaseWrites open(Connection c) throws Exception {
        return new DatabaseWrites(c);
    }

    /** Closes the window, measures an idle one of the same length and prints the figures per {@code unit}. */
    void print(String unit, long count) throws Exception {
        Thread.sleep(REPORT_DELAY_MS);
        Stats load = Stats.read(c).minus(before);
        Map<String, Long> tablesAfter = tableWrites(c);
        double window = (System.nanoTime() - start) / 1e9;
        Stats i0 = Stats.read(c);
        Thread.sleep((long) (window * 1000));
        Stats idle = Stats.read(c).minus(i0);
        double n = count;
        System.out.printf("commits per %s: %.1f (idle window of %.0f s: %d commits subtracted)%n",
                unit, (load.commits - idle.commits) / n, window, idle.commits);
        System.out.printf("row writes per %s: %.1f (inserted %.1f, updated %.1f, deleted %.1f)%n", unit,
                (load.writes() - idle.writes()) / n, (load.inserted - idle.inserted) / n,
                (load.updated - idle.updated) / n, (load.deleted - idle.deleted) / n);
        StringBuilder tables = new StringBuilder("row writes per " + unit + " by table:");
        tablesAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - tablesBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> tables.append(String.format(" %s %.1f,", e.getKey(), e.getValue() / n)));
        System.out.println(tables.substring(0, tables.length() - 1));
    }

    /** Rows inserted, updated and deleted so far in each table. */
    private static Map<String, Long> tableWrites(Connection c) throws Exception {
        Map<String, Long> writes = new HashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables")) {
            while (rs.next()) {
                writes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return writes;
    }

    /** The database's own counters: commits and rows written, all connections together. */
    private record Stats(long commits, long inserted, long updated, long deleted) {

        static Stats read(Connection c) throws Exception {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select xact_commit, tup_inserted, "
                    + "tup_updated, tup_deleted from pg_stat_database where datname = current_database()")) {
                rs.next();
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }

        Stats minus(Stats o) {
            return new Stats(commits - o.commits, inserted - o.inserted, updated - o.updated, deleted - o.deleted);
        }

        long writes() {
            return inserted + updated + deleted;
        }
    }
}
