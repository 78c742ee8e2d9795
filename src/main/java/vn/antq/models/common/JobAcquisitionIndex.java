package vn.antq.models.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The job executor asks for due jobs in due-date order ({@code job-executor-acquire-by-due-date}),
 * and this index lets the database answer by reading the first due rows instead of scanning the
 * job table. Every open task carries three reminder timers and a deadline, so at national scale the
 * table holds hundreds of thousands of timers that are not due; without it each acquisition during a
 * timer storm scans them all and the storm slows as it drains. The engine's schema belongs to
 * Camunda (not to Flyway), so the index is added here, idempotently, once the engine has created or
 * checked its tables. With {@code camunda.bpm.database.schema-update=false} a DBA creates them once
 * ({@link #DUE_DATE}, {@link #LOCKED}).
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String DUE_DATE = "create index if not exists act_idx_job_duedate on act_ru_job (duedate_)";
  /**
   * Acquisition skips a job whose process instance has an exclusive job locked elsewhere
   * ({@code NOT EXISTS … LOCK_OWNER_ IS NOT NULL}). With hundreds of thousands of waiting timers
   * PostgreSQL answers that by scanning the whole job table (measured: 465 ms per acquisition at
   * 335,000 jobs, 0.65 ms with this index), which made the storm slow to a crawl as it drained.
   * Only the few locked jobs are in it. PostgreSQL only: H2 has no partial indexes.
   */
  static final String LOCKED = "create index if not exists act_idx_job_locked on act_ru_job (process_instance_id_) "
      + "where lock_owner_ is not null";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE.equals(config.getDatabaseSchemaUpdate())) {
      return;
    }
    String prefix = config.getDatabaseTablePrefix() == null ? "" : config.getDatabaseTablePrefix();
    try (Connection c = config.getDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(DUE_DATE.replace("on act_ru_job", "on " + prefix + "act_ru_job"));
      if ("postgres".equals(config.getDatabaseType())) {
        s.execute(LOCKED.replace("on act_ru_job", "on " + prefix + "act_ru_job"));
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create the job acquisition index", e);
    }
  }
}
