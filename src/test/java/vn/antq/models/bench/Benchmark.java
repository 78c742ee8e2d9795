package vn.antq.models.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.antq.models.AntqModelsApplication;

/**
 * The benchmark ({@code mvn -B -Pbench verify -Dbench.scale=0.02}): the application on PostgreSQL
 * (embedded, or the server in BENCH_DB_URL / BENCH_DB_USER / BENCH_DB_PASSWORD), every figure
 * measured in the same run and set beside its ceiling: raw commits, the bare engine, the real flow.
 * Prints a table and writes {@code target/bench/results.json}.
 */
public final class Benchmark {

    static final int THREADS = Integer.getInteger("bench.threads", 4);

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int paths = Math.max(50, (int) Math.round(1000 * scale));
        int stormModels = Math.max(300, (int) Math.round(100_000 * scale));
        EmbeddedPostgres embedded = null;
        String url = System.getenv("BENCH_DB_URL");
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "postgres");
        if (url == null) {
            // PostgreSQL as a production server would be set up on this machine: shared buffers at a
            // tenth of its memory (the default 128 MB is smaller than the registry at full scale)
            embedded = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "2GB")
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        long runStart = System.nanoTime();
        HeapWatch heap = new HeapWatch();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AntqModelsApplication.class)
                .registerShutdownHook(false)
                .run(
                        "--spring.profiles.active=demo",
                        "--antq.demo.registry=false",
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--logging.level.root=WARN",
                        "--antq.reminders.drop-folder=target/bench/mail",
                        "--camunda.bpm.generic-properties.properties.hostname=" + StormSteps.NODE_A);
        Map<String, Object> results = new LinkedHashMap<>();
        try {
            results.put("scale", scale);
            results.put("threads", THREADS);
            results.put("paths", paths);
            // the movement's summary first, while the database holds the country's registry and little else
            String only = System.getProperty("bench.only", "");
            // -Dbench.only=summary: the summary alone, in a few minutes; =engine: the paths and the storms alone
            if (!"engine".equals(only) && !"yearend".equals(only)) {
                SummarySteps summary = new SummarySteps(app);
                results.put("summarySeedSeconds", round(summary.seed()));
                results.put("summaryCountryPlaces", summary.places(null));
                results.put("summaryProvincePlaces", summary.places(SummarySteps.PROVINCE));
                double[] province =
                        summary.millis("/api/reports/summary?unit=" + SummarySteps.PROVINCE + "&year=2026", 50);
                results.put("summaryProvinceP50Ms", round(StormSteps.percentile(province, 0.50)));
                results.put("summaryProvinceP95Ms", round(StormSteps.percentile(province, 0.95)));
                double[] country = summary.millis("/api/reports/summary?year=2026", 20);
                results.put("summaryCountryP50Ms", round(StormSteps.percentile(country, 0.50)));
                results.put("summaryCountryP95Ms", round(StormSteps.percentile(country, 0.95)));
                results.put(
                        "summaryCountryXlsxP50Ms",
                        round(StormSteps.percentile(summary.millis("/api/reports/summary.xlsx?year=2026", 10), 0.50)));
                String register = "/api/models.xlsx?unit=" + SummarySteps.PROVINCE;
                results.put(
                        "registerProvinceXlsxP50Ms", round(StormSteps.percentile(summary.millis(register, 5), 0.50)));
                results.put("registerProvinceXlsxKb", summary.bytes(register) / 1024);
                String all = "/api/models.xlsx";
                results.put("registerCountryXlsxMs", round(summary.millis(all, 1)[0]));
                results.put("registerCountryXlsxKb", summary.bytes(all) / 1024);
                results.put("heapAfterSummaryMb", heap.maxUsedMb());
            }
            progress(results, runStart);
            // -Dbench.only=yearend: "Xếp loại cuối năm" alone
            if (!"engine".equals(only) && !"summary".equals(only)) {
                int waiting = Math.max(1000, (int) Math.round(4600 * scale));
                YearEndSteps yearEnd = new YearEndSteps(app);
                results.put("yearEndWaiting", waiting);
                results.put("yearEndSeedSeconds", round(yearEnd.seed(waiting, THREADS)));
                double[] page = yearEnd.millis("/api/year-end/waiting?size=50", 20);
                results.put("yearEndFirstPageP50Ms", round(StormSteps.percentile(page, 0.50)));
                results.put("yearEndFirstPageP95Ms", round(StormSteps.percentile(page, 0.95)));
                double[] filtered =
                        yearEnd.millis("/api/year-end/waiting?size=50&text=so%2099&rule=GOOD&sort=rule", 20);
                results.put("yearEndFilteredPageP95Ms", round(StormSteps.percentile(filtered, 0.95)));
                double[] kept = yearEnd.millis("/api/year-end/waiting/kept", 20);
                results.put("yearEndWholeListP95Ms", round(StormSteps.percentile(kept, 0.95)));
                results.put("yearEndOpenCeilingMs", 2000);
                double sitting = yearEnd.sitting(waiting);
                results.put("yearEndSittingSeconds", round(sitting));
                results.put("yearEndRowsPerSec", round(waiting / sitting));
                progress(results, runStart);
            }
            if (!"summary".equals(only) && !"yearend".equals(only)) {
                BenchSteps steps = new BenchSteps(app);
                results.put("pgCommitsPerSec", round(steps.pgCommitsPerSec(THREADS, Math.max(2000, paths * 4))));
                // warm-up: the JIT and the caches first, unmeasured
                steps.bareEnginePathPerSec(THREADS, Math.max(50, paths / 5));
                steps.proposalPathPerSec(THREADS, Math.max(50, paths / 5));
                long[] w0 = steps.databaseWork();
                double bare = steps.bareEnginePathPerSec(THREADS, paths);
                long[] w1 = steps.databaseWork();
                Map<String, Long> t1 = steps.rowsWrittenByTable();
                double proposal = steps.proposalPathPerSec(THREADS, paths);
                long[] w2 = steps.databaseWork();
                Map<String, Long> t2 = steps.rowsWrittenByTable();
                results.put("rowsWrittenPerBarePath", round((w1[0] - w0[0]) / (double) paths));
                results.put("rowsWrittenPerProposalPath", round((w2[0] - w1[0]) / (double) paths));
                results.put("proposalPathRowsByTable", BenchSteps.rowsPer(t1, t2, paths));
                results.put("bareEnginePathPerSec", round(bare));
                results.put("proposalPathPerSec", round(proposal));
                results.put("ratioToBare", round(proposal / bare));
                progress(results, runStart);

                StormSteps storm = new StormSteps(app);
                results.put("timerStormModels", stormModels);
                results.put("provisionUnitsSeconds", round(storm.provisionUnits()));
                results.put("setupModelsPerSec", round(storm.setUp(stormModels, THREADS)));
                progress(results, runStart);
                double stormSeconds = storm.timerStorm(0, stormModels, steps);
                results.put("rowsWrittenPerStormJob", round(storm.stormRowsWritten / (double) stormModels));
                results.put(
                        "stormJobRowsByTable",
                        BenchSteps.rowsPer(storm.stormRowsBefore, steps.rowsWrittenByTable(), stormModels));
                results.put("timerStormSeconds", round(stormSeconds));
                results.put("timerStormJobsPerSec", round(stormModels / stormSeconds));
                progress(results, runStart);

                results.put("openTasks", storm.openTasks());
                storm.taskQueryMillis(300, THREADS); // warm-up, unmeasured
                double[] tasks = storm.taskQueryMillis(Math.max(500, stormModels / 50), THREADS);
                results.put("taskQueryP50Ms", round(StormSteps.percentile(tasks, 0.50)));
                results.put("taskQueryP95Ms", round(StormSteps.percentile(tasks, 0.95)));
                results.put("models", storm.models());
                storm.reportQueryMillis(100, THREADS); // warm-up, unmeasured
                double[] reports = storm.reportQueryMillis(400, THREADS);
                results.put("reportQueryP50Ms", round(StormSteps.percentile(reports, 0.50)));
                results.put("reportQueryP95Ms", round(StormSteps.percentile(reports, 0.95)));
                progress(results, runStart);

                double bareStormSeconds = storm.bareTimerStorm(stormModels, THREADS, steps);
                results.put("bareTimerJobsPerSec", round(stormModels / bareStormSeconds));
                results.put("rowsWrittenPerBareTimerJob", round(storm.bareTimerRowsWritten / (double) stormModels));
                results.put("timerStormRatioToBare", round(bareStormSeconds / stormSeconds));
                progress(results, runStart);

                if (!"engine".equals(only)) {
                    int twoNodeModels = Math.max(300, stormModels / 10);
                    StormSteps.TwoNodeStorm two =
                            storm.twoNodeStorm(stormModels, twoNodeModels, THREADS, url, user, password);
                    results.put("twoNodeStormModels", twoNodeModels);
                    results.put("twoNodeStormSeconds", round(two.seconds()));
                    results.put("twoNodeStormJobsPerSec", round(twoNodeModels / two.seconds()));
                    results.put("twoNodeRunsByNode", two.runsByNode());
                    progress(results, runStart);

                    long[] cleanup = storm.historyCleanup(Math.max(20, stormModels / 200));
                    results.put("finishedCyclesBeforeCleanup", cleanup[0]);
                    results.put("finishedCyclesAfterCleanup", cleanup[1]);
                    ImportSteps registryImport = new ImportSteps(app);
                    results.put("import5000RowsPerSec", round(registryImport.rowsPerSec("BA", 5000)));
                    // the 20,000-row import at full scale, or asked for (-Dbench.import20000=true) in a smoke run
                    if (scale >= 1 || Boolean.getBoolean("bench.import20000")) {
                        results.put("import20000RowsPerSec", round(registryImport.rowsPerSec("BB", 20000)));
                    }
                    progress(results, runStart);
                }
            }
            results.put("heapMaxMb", heap.maxUsedMb());
            results.put("heapLiveMaxMb", heap.maxLiveMb());
            results.put("heapPoolPeaksSumMb", heapPeakMb());
            results.put("runMinutes", round((System.nanoTime() - runStart) / 60e9));
        } finally {
            heap.close();
            app.close();
            if (embedded != null) {
                embedded.close();
            }
        }
        print(results);
        Path out = Path.of("target/bench/results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        System.out.println("written " + out.toAbsolutePath());
    }

    private static void progress(Map<String, Object> results, long runStart) {
        System.out.printf("[%.1f min] %s%n", (System.nanoTime() - runStart) / 60e9, results);
    }

    /** Runs {@code total} units of work on {@code threads} threads; returns units per second. */
    static double perSecond(int threads, int total, Unit unit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        unit.run(i);
                    }
                    return null;
                });
            }
            for (Future<?> w : workers) {
                w.get(2, TimeUnit.HOURS);
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    interface Unit {
        void run(int i) throws Exception;
    }

    /** Each heap pool's own peak, added up: peaks that need not coexist (the figure of the runs of 1 and 2 December). */
    static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void print(Map<String, Object> results) {
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
        System.out.println();
    }
}
