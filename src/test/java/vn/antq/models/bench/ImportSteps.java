package vn.antq.models.bench;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import vn.antq.models.onboarding.RegistryImport;
import vn.antq.models.onboarding.RegistryImportRepository;
import vn.antq.models.onboarding.RegistryImports;
import vn.antq.models.support.RegistryWorkbooks;

/**
 * A province's registry imported from one generated workbook (the import tests' generator), check
 * and store together, as an administrator runs it: rows per second, each running model with its
 * lifecycle started.
 */
final class ImportSteps {

  private final RegistryImports imports;
  private final RegistryImportRepository records;

  ImportSteps(ConfigurableApplicationContext app) {
    this.imports = app.getBean(RegistryImports.class);
    this.records = app.getBean(RegistryImportRepository.class);
  }

  /** Imports a workbook of about {@code rows} rows into a new province {@code prefix}; returns rows per second. */
  double rowsPerSec(String prefix, int rows) throws Exception {
    int communes = Math.max(20, rows / 100 / 20 * 20);
    int officials = communes * 2;
    int half = (rows - communes - 1 - officials) / 2;
    RegistryWorkbooks province = new RegistryWorkbooks(prefix, "Tỉnh thử " + prefix, communes, officials, half, half);
    Map<String, Set<Integer>> bad = new HashMap<>();
    byte[] file = province.workbook(bad);
    long start = System.nanoTime();
    RegistryImport started = imports.start(new ByteArrayInputStream(file), prefix + ".xlsx", null, false, "admin", null);
    // wall time of real work (the background import), so this waits instead of moving a clock
    await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250))
        .until(() -> records.findById(started.getId()).orElseThrow().getStatus() != RegistryImport.Status.RUNNING);
    RegistryImport done = records.findById(started.getId()).orElseThrow();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (done.getStatus() != RegistryImport.Status.DONE) {
      throw new IllegalStateException("import " + prefix + " ended " + done.getStatus() + ": " + done.getReport());
    }
    return province.rows() / seconds;
  }

}
