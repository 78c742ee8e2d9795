package vn.antq.models.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.onboarding.ImportCheck.Change;
import vn.antq.models.onboarding.ImportCheck.Planned;

/**
 * A registry import from upload to report. An upload is read and every row checked, and the check
 * is recorded with its file; that is a dry run, and nothing of the registry changes. An import is
 * the process {@value ProcessIds#REGISTRY_IMPORT} ("Nhập sổ mô hình"): it checks the file again against the registry
 * as it is then, waits for its importer's confirmation (unless it was confirmed at upload), and
 * stores the accepted rows {@value #BATCH} at a time, each batch one job and one transaction, so
 * Cockpit shows how far it got and a batch that keeps failing becomes an incident there. A failed
 * batch stores nothing; retrying it from Cockpit goes on where it stopped.
 */
@Service
public class RegistryImports {

    public static final String IMPORT_ID = "importId";
    static final int BATCH = 100;
    /** The refused rows a report lists; the counts always cover all of them. */
    static final int MAX_ERRORS = 10_000;

    private final RegistryLookups registry;
    private final RegistryImporter importer;
    private final RegistryImportRepository imports;
    private final RegistryImportFiles files;
    private final TransactionTemplate transactions;
    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl engine;
    private final Messages messages;
    private final ObjectMapper json = new ObjectMapper();
    /**
     * The plan of each running import, so a batch need not read and check the file again; after a
     * restart (or on another node) the first batch rebuilds it from the stored file.
     */
    private final Cache<String, ImportCheck.Result> plans = Caffeine.newBuilder()
            .maximumSize(4)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    public RegistryImports(
            RegistryLookups registry,
            RegistryImporter importer,
            RegistryImportRepository imports,
            RegistryImportFiles files,
            TransactionTemplate transactions,
            RuntimeService runtime,
            ProcessEngineConfigurationImpl engine,
            Messages messages) {
        this.registry = registry;
        this.importer = importer;
        this.imports = imports;
        this.files = files;
        this.transactions = transactions;
        this.runtime = runtime;
        this.engine = engine;
        this.messages = messages;
    }

    /**
     * Reads and checks an upload and records the check with its file (a dry run).
     *
     * @param csvSheet the sheet a {@code .csv} file holds; null for a workbook
     * @param scopeProvince the importer's province, null for an administrator
     * @throws ImportFileException if the file cannot be read as what it claims to be; nothing is recorded
     */
    public RegistryImport check(
            InputStream upload, String fileName, ImportSheet csvSheet, String importedBy, String scopeProvince)
            throws IOException {
        Path temp = Files.createTempFile("registry-import-", csvSheet == null ? ".xlsx" : ".csv");
        try {
            Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
            ImportCheck.Result result = check(temp, csvSheet, scopeProvince);
            byte[] data = Files.readAllBytes(temp);
            RegistryImport record = new RegistryImport(
                    UUID.randomUUID().toString(),
                    importedBy,
                    scopeProvince,
                    Clocks.now(),
                    fileName,
                    csvSheet,
                    result.accepted().size(),
                    report(result));
            transactions.executeWithoutResult(s -> {
                imports.saveAndFlush(record);
                files.save(record.getId(), data);
            });
            return record;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An import confirmed at upload (the API without a dry run): its process starts at once, by the
     * caller's authority, and stores the file without waiting for a confirmation in Tasklist.
     */
    public RegistryImport importNow(
            InputStream upload, String fileName, ImportSheet csvSheet, String importedBy, String scopeProvince)
            throws IOException {
        RegistryImport checked = check(upload, fileName, csvSheet, importedBy, scopeProvince);
        runtime.startProcessInstanceByKey(
                ProcessIds.REGISTRY_IMPORT,
                Variables.createVariables()
                        .putValue(IMPORT_ID, checked.getId())
                        .putValue(ImportProcess.CONFIRMED_ON_UPLOAD, true));
        return imports.findById(checked.getId()).orElseThrow();
    }

    /**
     * The start of an import's process: the check must be its starter's own, still a check, and not
     * already another instance's.
     */
    Optional<RegistryImport> claim(String importId, String login, String processInstanceId) {
        Optional<RegistryImport> record =
                imports.findById(importId).filter(r -> r.getImportedBy().equals(login));
        if (record.isEmpty() || imports.attach(importId, processInstanceId) != 1) {
            return Optional.empty();
        }
        return imports.findById(importId);
    }

    /** "Kiểm tra tệp": the stored file checked again against the registry as it is now. */
    ImportCheck.Result recheck(String importId) {
        RegistryImport record = imports.findById(importId).orElseThrow();
        ImportCheck.Result result = checkStored(record);
        record.checked(result.accepted().size(), report(result));
        plans.put(importId, result);
        return result;
    }

    void confirm(String importId) {
        imports.findById(importId).orElseThrow().confirm();
    }

    /** Not imported: the check stays a dry run, tied to its instance so it is never started again. */
    void decline(String importId) {
        plans.invalidate(importId);
    }

    /**
     * "Nhập một lô": stores the accepted rows from {@code from}, at most {@link #BATCH}, in the
     * caller's transaction.
     *
     * @return how many rows are stored after this batch
     */
    int storeBatch(String importId, int from) {
        RegistryImport record = imports.findById(importId).orElseThrow();
        List<Planned> rows = plans.get(importId, id -> checkStored(record)).accepted();
        int to = Math.min(rows.size(), from + BATCH);
        if (from < to) {
            importer.store(rows.subList(from, to), record.getImportedBy());
        }
        imports.findById(importId).orElseThrow().progress(to); // read again: storing lets go of what it loaded
        return to;
    }

    /** Forgets every plan, as a restart does; the next batch of each import rebuilds its own. */
    void forgetPlans() {
        plans.invalidateAll();
    }

    void finish(String importId) {
        imports.findById(importId).orElseThrow().finish();
        plans.invalidate(importId);
    }

    /**
     * Why a running import stopped: the incident of the batch that failed, in the words the report
     * gives it, while the incident lasts; empty otherwise.
     */
    public Optional<String> failure(RegistryImport record) {
        if (record.getStatus() != RegistryImport.Status.RUNNING || record.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        // the importer may not read the instance in Cockpit; the application answers for its own import
        List<Incident> incidents = engine.getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(() -> runtime.createIncidentQuery()
                        .processInstanceId(record.getProcessInstanceId())
                        .list()));
        return incidents.isEmpty()
                ? Optional.empty()
                : Optional.of(messages.get("import.failed", record.getProcessed()));
    }

    private ImportCheck.Result checkStored(RegistryImport record) {
        try {
            Path temp = Files.createTempFile("registry-import-", record.getCsvSheet() == null ? ".xlsx" : ".csv");
            try {
                Files.write(temp, files.load(record.getId()));
                return check(temp, record.getCsvSheet(), record.getScopeProvince());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportCheck.Result check(Path file, ImportSheet csvSheet, String scopeProvince) throws IOException {
        WorkbookReader reader = new WorkbookReader(messages::get);
        Map<ImportSheet, List<SheetRow>> rows;
        if (csvSheet != null) {
            try (InputStream in = Files.newInputStream(file)) {
                rows = Map.of(csvSheet, reader.readCsv(in, csvSheet));
            }
        } else {
            rows = reader.readWorkbook(file);
        }
        return new ImportCheck(registry, messages, scopeProvince).check(rows);
    }

    /** The report as CONTRACT names it: counts per sheet and the refused rows. */
    private String report(ImportCheck.Result result) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (ImportSheet sheet : ImportSheet.values()) {
            Map<String, Integer> c = new LinkedHashMap<>();
            c.put("rows", result.rows().getOrDefault(sheet, 0));
            List<Planned> accepted =
                    result.accepted().stream().filter(p -> p.sheet() == sheet).toList();
            c.put("accepted", accepted.size());
            c.put("refused", (int) result.refused().stream()
                    .filter(r -> r.sheet().equals(sheet.key()))
                    .count());
            for (Change change : Change.values()) {
                c.put(change.name().toLowerCase(Locale.ROOT), (int)
                        accepted.stream().filter(p -> p.change() == change).count());
            }
            counts.put(sheet.key(), c);
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ImportCheck.Refusal r : result.refused()
                .subList(0, Math.min(MAX_ERRORS, result.refused().size()))) {
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
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
