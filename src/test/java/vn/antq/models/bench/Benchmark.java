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

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
    int paths = Math.max(50, (int) Math.round(5000 * scale));
    EmbeddedPostgres embedded = null;
    String url = System.getenv("BENCH_DB_URL");
    String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "postgres");
    if (url == null) {
      embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
          .setServerConfig("max_connections", "200").start();
      url = embedded.getJdbcUrl("postgres", "postgres");
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AntqModelsApplication.class)
        .registerShutdownHook(false)
        .run("--spring.profiles.active=demo", "--server.port=0",
            "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=WARN", "--antq.reminders.drop-folder=target/bench/mail");
    Map<String, Object> results = new LinkedHashMap<>();
    try {
      results.put("scale", scale);
      results.put("threads", THREADS);
      results.put("paths", paths);
      BenchSteps steps = new BenchSteps(app);
      results.put("pgCommitsPerSec", round(steps.pgCommitsPerSec(THREADS, Math.max(2000, paths * 4))));
      // warm-up: the JIT and the caches first, unmeasured
      steps.bareEnginePathPerSec(THREADS, Math.max(50, paths / 5));
      steps.proposalPathPerSec(THREADS, Math.max(50, paths / 5));
      double bare = steps.bareEnginePathPerSec(THREADS, paths);
      double proposal = steps.proposalPathPerSec(THREADS, paths);
      results.put("bareEnginePathPerSec", round(bare));
      results.put("proposalPathPerSec", round(proposal));
      results.put("ratioToBare", round(proposal / bare));
      results.put("heapMaxMb", heapPeakMb());
    } finally {
      app.close();
      if (embedded != null) {
        embedded.close();
      }
    }
    print(results);
    Path out = Path.of("target/bench/results.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
    System.out.println("written " + out.toAbsolutePath());
  }

  /** Runs {@code total} units of work on {@code threads} threads; returns units per second. */
  static double perSecond(int threads, int total, Unit unit) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
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
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return total / seconds;
  }

  interface Unit {
    void run(int i) throws Exception;
  }

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
