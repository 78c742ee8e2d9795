package vn.antq.models.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "evaluation due" timers ({@code EvaluationDue} in {@code model-lifecycle}) of one province's
 * models as the shared database records them. The engine writes the hostname of the node that ran
 * a job into {@code ACT_HI_JOB_LOG.HOSTNAME_}, in the job's own transaction: a row in state
 * successful (2) exists only if that node's run committed.
 */
final class EvaluationTimers {

    private static final String RUNS = """
      from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
      where l.process_def_key_ = 'model-lifecycle' and l.act_id_ = 'EvaluationDue'
        and l.job_def_type_ = 'timer-intermediate-transition' and p.business_key_ like ?""";
    private static final int SUCCESSFUL = 2;
    private static final int FAILED = 1;

    private final JdbcTemplate jdbc;
    private final String modelPattern;

    EvaluationTimers(JdbcTemplate jdbc, String province) {
        this.jdbc = jdbc;
        this.modelPattern = province + "-%";
    }

    /** Successful runs per hostname. */
    Map<String, Long> doneByHost() {
        return jdbc
                .queryForList(
                        "select l.hostname_ host, count(*) n " + RUNS + " and l.job_state_ = ? group by l.hostname_",
                        modelPattern,
                        SUCCESSFUL)
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("host"), r -> ((Number) r.get("n")).longValue()));
    }

    long doneBy(String host) {
        return jdbc.queryForObject(
                "select count(*) " + RUNS + " and l.job_state_ = ? and l.hostname_ = ?",
                Long.class,
                modelPattern,
                SUCCESSFUL,
                host);
    }

    /** Jobs that ran successfully, each counted once: fewer than the runs means a timer fired twice. */
    long distinctJobsDone() {
        return jdbc.queryForObject(
                "select count(distinct l.job_id_) " + RUNS + " and l.job_state_ = ?",
                Long.class,
                modelPattern,
                SUCCESSFUL);
    }

    /** Failed runs, as "hostname: exception message"; a failure would be retried, but none is expected. */
    List<String> failures() {
        return jdbc.queryForList(
                "select l.hostname_ || ': ' || l.job_exception_msg_ " + RUNS + " and l.job_state_ = ?",
                String.class,
                modelPattern,
                FAILED);
    }

    /** The hosts whose successful runs include each of {@code jobIds}. */
    List<String> hostsThatRan(List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", jobIds.stream().map(id -> "?").toList());
        Object[] args = new Object[jobIds.size() + 2];
        args[0] = modelPattern;
        args[1] = SUCCESSFUL;
        for (int i = 0; i < jobIds.size(); i++) {
            args[i + 2] = jobIds.get(i);
        }
        return jdbc.queryForList(
                "select l.hostname_ " + RUNS + " and l.job_state_ = ? and l.job_id_ in (" + in + ")",
                String.class,
                args);
    }

    /** Timer jobs that another job executor than {@code lockOwner} holds locked right now. */
    List<String> lockedByAnotherThan(String lockOwner) {
        return jdbc.queryForList("""
        select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
        where j.process_def_key_ = 'model-lifecycle' and j.handler_type_ = 'timer-intermediate-transition'
          and e.business_key_ like ? and j.lock_owner_ is not null and j.lock_owner_ <> ?""", String.class, modelPattern, lockOwner);
    }

    /** Jobs of the lifecycle process, of any model, whose due date has passed and that have not run. */
    long lifecycleJobsDue() {
        return jdbc.queryForObject(
                "select count(*) from act_ru_job where process_def_key_ = 'model-lifecycle' and duedate_ <= now()",
                Long.class);
    }
}
