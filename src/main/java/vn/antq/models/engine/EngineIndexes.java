package vn.antq.models.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The indexes the application adds to the engine's tables. The engine's schema belongs to Camunda
 * (not to Flyway), so they are added here, idempotently, once the engine has created or checked its
 * tables. With {@code camunda.bpm.database.schema-update=false} a DBA creates them once
 * ({@link #DUE_DATE}, {@link #LOCKED}, {@link #TASK_DUE_DATE}).
 *
 * <p>The job executor asks for due jobs in due-date order ({@code job-executor-acquire-by-due-date}),
 * and {@link #DUE_DATE} lets the database answer by reading the first due rows instead of scanning
 * the job table: at national scale it holds a hundred thousand evaluation timers that are not due,
 * and without it each acquisition during a timer storm scans them all.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

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
    /**
     * The reminder sweep ({@code task-reminders}) asks for the open tasks due before a moment; at
     * national scale a hundred thousand tasks wait, and only the few falling due are read.
     */
    static final String TASK_DUE_DATE = "create index if not exists act_idx_task_duedate on act_ru_task (due_date_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE.equals(config.getDatabaseSchemaUpdate())) {
            return;
        }
        String prefix = config.getDatabaseTablePrefix() == null ? "" : config.getDatabaseTablePrefix();
        try (Connection c = config.getDataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(DUE_DATE.replace("on act_ru_job", "on " + prefix + "act_ru_job"));
            s.execute(TASK_DUE_DATE.replace("on act_ru_task", "on " + prefix + "act_ru_task"));
            if ("postgres".equals(config.getDatabaseType())) {
                s.execute(LOCKED.replace("on act_ru_job", "on " + prefix + "act_ru_job"));
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not create the engine's indexes", e);
        }
    }
}
