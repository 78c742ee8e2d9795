package vn.antq.models.versions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.security.Privileged;

/**
 * Once the processes are deployed, every instance that still runs an older version of one of them is
 * moved to the latest (Camunda's migration API): its open tasks, timers and variables stay as they
 * are, and what it does next is what the diagram now says. An instance is moved in its own
 * transaction (200 at a time, one by one if a batch fails), so one that cannot be moved stays, whole, on
 * its version: the log says why, and Cockpit shows it under that version. A version whose change the
 * API cannot map (a multi-instance task that became a multi-instance subprocess) keeps its instances;
 * they run out on it, with the beans its diagram names (see {@code replication/EarlierReplicationVersions}).
 */
@Component
public class RunningInstanceMigration {

    private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceMigration.class);
    /** Instances moved per transaction. */
    private static final int CHUNK = 200;

    /** The outcome of one run: instances moved and instances left on their version. */
    public record Outcome(int migrated, int left) {
        Outcome plus(Outcome other) {
            return new Outcome(migrated + other.migrated, left + other.left);
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;

    public RunningInstanceMigration(
            RepositoryService repository, RuntimeService runtime, TransactionTemplate transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.transactions = transactions;
    }

    @EventListener
    public void onDeployed(PostDeployEvent event) {
        Outcome outcome = migrateAll();
        if (outcome.migrated() + outcome.left() > 0) {
            LOG.info(
                    "Running instances of older process versions: {} moved to the latest version, {} left",
                    outcome.migrated(),
                    outcome.left());
        }
    }

    /** Moves the instances of every older version with running instances to its process's latest version. */
    public Outcome migrateAll() {
        return Privileged.call(() -> {
            // every version, read once: the latest of each key, and the older ones beside it
            List<ProcessDefinition> all =
                    repository.createProcessDefinitionQuery().list();
            Map<String, ProcessDefinition> latest = new HashMap<>();
            all.forEach(d -> latest.merge(d.getKey(), d, (x, y) -> x.getVersion() >= y.getVersion() ? x : y));
            Outcome outcome = new Outcome(0, 0);
            for (ProcessDefinition older : all) {
                ProcessDefinition target = latest.get(older.getKey());
                if (older != target) {
                    outcome = outcome.plus(migrateVersion(older, target));
                }
            }
            return outcome;
        });
    }

    /** The running instances of {@code older}, moved to {@code latest} 200 at a time, one by one where a batch fails. */
    private Outcome migrateVersion(ProcessDefinition older, ProcessDefinition latest) {
        List<String> running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list().stream()
                .map(ProcessInstance::getId)
                .toList();
        if (running.isEmpty()) {
            return new Outcome(0, 0);
        }
        MigrationPlan plan = plan(older, latest);
        if (plan == null) {
            return new Outcome(0, running.size());
        }
        int migrated = 0;
        for (int from = 0; from < running.size(); from += CHUNK) {
            List<String> chunk = running.subList(from, Math.min(running.size(), from + CHUNK));
            if (migrate(plan, latest.getKey(), chunk, false)) {
                migrated += chunk.size();
            } else { // one instance that cannot move keeps none of the others back
                migrated += (int) chunk.stream()
                        .filter(i -> migrate(plan, latest.getKey(), List.of(i), true))
                        .count();
            }
        }
        return new Outcome(migrated, running.size() - migrated);
    }

    private MigrationPlan plan(ProcessDefinition older, ProcessDefinition latest) {
        try {
            return runtime.createMigrationPlan(older.getId(), latest.getId())
                    .mapEqualActivities()
                    .build();
        } catch (MigrationPlanValidationException e) {
            LOG.warn(
                    "Instances of {} version {} stay on it: no migration plan to version {}: {}",
                    older.getKey(),
                    older.getVersion(),
                    latest.getVersion(),
                    e.getMessage());
            return null;
        }
    }

    /** Moves {@code instances} in one transaction: all of them, or none. */
    private boolean migrate(MigrationPlan plan, String key, List<String> instances, boolean logRefusal) {
        try {
            transactions.executeWithoutResult(status ->
                    runtime.newMigration(plan).processInstanceIds(instances).execute());
            return true;
        } catch (RuntimeException e) {
            if (logRefusal) {
                LOG.warn("Process instance {} of {} stays on its version: {}", instances.get(0), key, e.getMessage());
            }
            return false;
        }
    }
}
