package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.PostgresTest;

/** The job executor's acquisition query and the reminder sweep find their indexes on PostgreSQL (see BENCHMARKS.md). */
@PostgresTest
class EngineIndexesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJobTableHasTheDueDateAndLockedJobIndexes() {
        List<String> indexes = jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'act_ru_job' and indexname in ('act_idx_job_duedate', 'act_idx_job_locked')",
                String.class);
        assertThat(indexes).hasSize(2);
        assertThat(indexes).anySatisfy(def -> assertThat(def).contains("(duedate_)"));
        assertThat(indexes)
                .anySatisfy(def ->
                        assertThat(def).contains("(process_instance_id_)").contains("lock_owner_ IS NOT NULL"));
    }

    @Test
    void theTaskTableHasTheDueDateIndexTheReminderSweepReads() {
        assertThat(jdbc.queryForList(
                        "select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = 'act_idx_task_duedate'",
                        String.class))
                .singleElement()
                .asString()
                .contains("(due_date_)");
    }
}
