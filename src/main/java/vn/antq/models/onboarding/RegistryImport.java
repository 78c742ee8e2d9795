package vn.antq.models.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import (or dry run) of a registry workbook: the audit record and, while it runs, its progress. */
@Entity
@Table(name = "registry_import")
public class RegistryImport {

  public enum Status { CHECKED, RUNNING, DONE, FAILED }

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

  protected RegistryImport() {
  }

  public RegistryImport(String id, String importedBy, Instant createdAt, String fileName, boolean dryRun, int total,
      String report) {
    this.id = id;
    this.importedBy = importedBy;
    this.createdAt = createdAt;
    this.fileName = fileName;
    this.dryRun = dryRun;
    this.status = dryRun ? Status.CHECKED : Status.RUNNING;
    this.total = total;
    this.report = report;
  }

  public void progress(int processed, String report) {
    this.processed = processed;
    this.report = report;
  }

  public void finish(Status status, String report) {
    this.status = status;
    this.report = report;
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
}
