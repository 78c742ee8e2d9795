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
 * checked its tables. With {@code camunda.bpm.database.schema-update=false} a DBA creates it once:
 * {@code create index act_idx_job_duedate on act_ru_job (duedate_)}.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String SQL = "create index if not exists act_idx_job_duedate on act_ru_job (duedate_)";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE.equals(config.getDatabaseSchemaUpdate())) {
      return;
    }
    String prefix = config.getDatabaseTablePrefix() == null ? "" : config.getDatabaseTablePrefix();
    try (Connection c = config.getDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(SQL.replace("on act_ru_job", "on " + prefix + "act_ru_job"));
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create the job acquisition index", e);
    }
  }
}
