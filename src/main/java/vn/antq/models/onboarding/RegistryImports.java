package vn.antq.models.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.onboarding.ImportCheck.Change;
import vn.antq.models.onboarding.ImportCheck.Planned;

/**
 * A registry import from upload to report: the file is read and every row checked; a dry run stops
 * there, an import then stores the accepted rows in the background, {@link #BATCH} rows a
 * transaction, its progress readable while it runs. A failure leaves no row half stored: the batch
 * rolls back, the import is FAILED with the reason, and running the same file again stores what is
 * missing (rows stored already are unchanged).
 */
@Service
public class RegistryImports {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryImports.class);
  static final int BATCH = 100;
  /** The refused rows a report lists; the counts always cover all of them. */
  static final int MAX_ERRORS = 10_000;

  private final RegistryLookups registry;
  private final RegistryImporter importer;
  private final RegistryImportRepository imports;
  private final TransactionTemplate transactions;
  private final Messages messages;
  private final ObjectMapper json = new ObjectMapper();
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "registry-import");
    t.setDaemon(true);
    return t;
  });

  public RegistryImports(RegistryLookups registry, RegistryImporter importer, RegistryImportRepository imports,
      TransactionTemplate transactions, Messages messages) {
    this.registry = registry;
    this.importer = importer;
    this.imports = imports;
    this.transactions = transactions;
    this.messages = messages;
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  /**
   * Reads and checks a file, records the check, and unless it is a dry run starts storing it.
   *
   * @param csvSheet the sheet a {@code .csv} file holds; null for a workbook
   * @param scopeProvince the importer's province, null for an administrator
   */
  public RegistryImport start(InputStream file, String fileName, ImportSheet csvSheet, boolean dryRun, String importer,
      String scopeProvince) throws IOException {
    WorkbookReader reader = new WorkbookReader(messages::get);
    Map<ImportSheet, List<SheetRow>> rows;
    if (csvSheet != null) {
      rows = Map.of(csvSheet, reader.readCsv(file, csvSheet));
    } else {
      Path temp = Files.createTempFile("registry-import-", ".xlsx");
      try {
        Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        rows = reader.readWorkbook(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    ImportCheck.Result result = new ImportCheck(registry, messages, scopeProvince).check(rows);
    String id = UUID.randomUUID().toString();
    int total = result.accepted().size();
    RegistryImport record = new RegistryImport(id, importer, Clocks.now(), fileName, dryRun, total, report(result, 0, null));
    transactions.executeWithoutResult(s -> imports.save(record));
    if (!dryRun) {
      background.submit(() -> store(id, result, importer));
    }
    return record;
  }

  private void store(String id, ImportCheck.Result result, String importer) {
    List<Planned> rows = result.accepted();
    int done = 0;
    try {
      for (int from = 0; from < rows.size(); from += BATCH) {
        List<Planned> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
        transactions.executeWithoutResult(s -> this.importer.store(batch, importer));
        done += batch.size();
        int processed = done;
        transactions.executeWithoutResult(s -> imports.findById(id).orElseThrow()
            .progress(processed, report(result, processed, null)));
      }
      transactions.executeWithoutResult(s -> imports.findById(id).orElseThrow()
          .finish(RegistryImport.Status.DONE, report(result, rows.size(), null)));
      LOG.info("Registry import {} by {}: {} rows stored", id, importer, rows.size());
    } catch (RuntimeException e) {
      LOG.error("Registry import {} by {} failed after {} rows", id, importer, done, e);
      int processed = done;
      transactions.executeWithoutResult(s -> imports.findById(id).orElseThrow()
          .finish(RegistryImport.Status.FAILED, report(result, processed, messages.get("import.failed", processed))));
    }
  }

  /** The report as CONTRACT names it: counts per sheet, the refused rows, and a failure if there was one. */
  private String report(ImportCheck.Result result, int processed, String failure) {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (ImportSheet sheet : ImportSheet.values()) {
      Map<String, Integer> c = new LinkedHashMap<>();
      c.put("rows", result.rows().getOrDefault(sheet, 0));
      List<Planned> accepted = result.accepted().stream().filter(p -> p.sheet() == sheet).toList();
      c.put("accepted", accepted.size());
      c.put("refused", (int) result.refused().stream().filter(r -> r.sheet().equals(sheet.key())).count());
      for (Change change : Change.values()) {
        c.put(change.name().toLowerCase(java.util.Locale.ROOT), (int) accepted.stream().filter(p -> p.change() == change).count());
      }
      counts.put(sheet.key(), c);
    }
    List<Map<String, Object>> errors = new ArrayList<>();
    for (ImportCheck.Refusal r : result.refused().subList(0, Math.min(MAX_ERRORS, result.refused().size()))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("sheet", r.sheet());
      e.put("row", r.row());
      e.put("column", r.column());
      e.put("message", r.message());
      errors.add(e);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("counts", counts);
    report.put("errors", errors);
    if (failure != null) {
      report.put("failure", failure);
    }
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
