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
import vn.antq.models.support.Acting;
import vn.antq.models.support.RegistryWorkbooks;

/**
 * A province's registry imported from one generated workbook (the import tests' generator), check
 * and store together, as an administrator runs it: rows per second, each running model with its
 * lifecycle started.
 */
final class ImportSteps {

    private final RegistryImports imports;
    private final RegistryImportRepository records;
    private final Acting acting;
    private final org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor;

    ImportSteps(ConfigurableApplicationContext app) {
        this.imports = app.getBean(RegistryImports.class);
        this.records = app.getBean(RegistryImportRepository.class);
        this.acting = new Acting(app.getBean(org.camunda.bpm.engine.ProcessEngine.class));
        this.jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        app.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }

    /** Imports a workbook of about {@code rows} rows into a new province {@code prefix}; returns rows per second. */
    double rowsPerSec(String prefix, int rows) throws Exception {
        int communes = Math.max(20, rows / 100 / 20 * 20);
        int officials = communes * 2;
        int half = (rows - communes - 1 - officials) / 2;
        RegistryWorkbooks province =
                new RegistryWorkbooks(prefix, "Tỉnh thử " + prefix, communes, officials, half, half);
        Map<String, Set<Integer>> bad = new HashMap<>();
        byte[] file = province.workbook(bad);
        boolean wasRunning = jobExecutor.isActive();
        if (!wasRunning) {
            jobExecutor.start();
        }
        long start = System.nanoTime();
        RegistryImport started = acting.as("admin", () -> {
            try {
                return imports.importNow(new ByteArrayInputStream(file), prefix + ".xlsx", null, "admin", null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // wall time of real work (the import's jobs on the job executor), so this waits instead of moving a clock
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        records.findById(started.getId()).orElseThrow().getStatus() != RegistryImport.Status.RUNNING);
        RegistryImport done = records.findById(started.getId()).orElseThrow();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!wasRunning) {
            jobExecutor.shutdown();
        }
        if (done.getStatus() != RegistryImport.Status.DONE) {
            throw new IllegalStateException(
                    "import " + prefix + " ended " + done.getStatus() + ": " + done.getReport());
        }
        return province.rows() / seconds;
    }
}
