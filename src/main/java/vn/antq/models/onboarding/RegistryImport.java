package vn.antq.models.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One import (or dry run) of a registry workbook: the audit record and, while it runs, its progress.
 * A check is CHECKED, and stays so (a dry run) when its importer chose not to import it; confirmed,
 * it is RUNNING in its process instance until DONE. A batch that keeps failing is an incident on the instance,
 * and the import reads as FAILED while it lasts ({@link RegistryImports#view}).
 */
@Entity
@Table(name = "registry_import")
public class RegistryImport {

    public enum Status {
        CHECKED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    private String id;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "dry_run")
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int processed;

    private int total;

    /** The report as JSON: counts per sheet and the refused rows. */
    private String report;

    /** The province the importer may import into, from their login; null for an administrator. */
    @Column(name = "scope_province")
    private String scopeProvince;

    /** The sheet a CSV file holds; null for a workbook. */
    @Column(name = "csv_sheet")
    private String csvSheet;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected RegistryImport() {}

    public RegistryImport(
            String id,
            String importedBy,
            String scopeProvince,
            Instant createdAt,
            String fileName,
            ImportSheet csvSheet,
            int total,
            String report) {
        this.id = id;
        this.importedBy = importedBy;
        this.scopeProvince = scopeProvince;
        this.createdAt = createdAt;
        this.fileName = fileName;
        this.csvSheet = csvSheet == null ? null : csvSheet.key();
        this.dryRun = true;
        this.status = Status.CHECKED;
        this.total = total;
        this.report = report;
    }

    /** The check of the file in its process: what will be stored, with the refused rows. */
    public void checked(int total, String report) {
        this.total = total;
        this.processed = 0;
        this.report = report;
    }

    /** The importer confirmed: no longer a dry run, its rows are being stored. */
    public void confirm() {
        this.dryRun = false;
        this.status = Status.RUNNING;
    }

    public void progress(int processed) {
        this.processed = processed;
    }

    public void finish() {
        this.processed = total;
        this.status = Status.DONE;
    }

    public String getId() {
        return id;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Status getStatus() {
        return status;
    }

    public int getProcessed() {
        return processed;
    }

    public int getTotal() {
        return total;
    }

    public String getReport() {
        return report;
    }

    public String getScopeProvince() {
        return scopeProvince;
    }

    public ImportSheet getCsvSheet() {
        return csvSheet == null ? null : ImportSheet.byKey(csvSheet).orElseThrow();
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
