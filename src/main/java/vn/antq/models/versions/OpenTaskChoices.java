package vn.antq.models.versions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.security.Privileged;

/**
 * Gives the tasks that were already open when their forms began to read their choices from a
 * variable ({@link ChoiceOptions}) the variable they now need, so that their radio groups are not
 * empty: new tasks get it from the step before them. Runs once the processes are deployed; a task
 * that has the variable is left alone, so a second start changes nothing.
 */
@Component
public class OpenTaskChoices {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskChoices.class);
    /** Process instances read per query. */
    private static final int CHUNK = 500;

    /** The choices each task's form reads, by the task's id in its diagram. */
    static final Map<String, List<String>> NEEDED = Map.of(
            "ReviseProposal", List.of(ChoiceOptions.FIELDS, ChoiceOptions.HOST_TYPES),
            "AssessByDistrict", List.of(ChoiceOptions.CLASSIFICATIONS),
            "ClassifyByProvince", List.of(ChoiceOptions.CLASSIFICATIONS));

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ChoiceOptions choices;

    public OpenTaskChoices(TaskService tasks, RuntimeService runtime, ChoiceOptions choices) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.choices = choices;
    }

    @EventListener
    public void onDeployed(PostDeployEvent event) {
        int filled = fill();
        if (filled > 0) {
            LOG.info("Open tasks given the choices their forms read: {} variables set", filled);
        }
    }

    /** Sets each missing choice variable on the process instance of an open task that needs it; returns how many. */
    public int fill() {
        return Privileged.call(() -> {
            int filled = 0;
            for (Map.Entry<String, List<String>> need : NEEDED.entrySet()) {
                List<String> instances = tasks.createTaskQuery().taskDefinitionKey(need.getKey()).list().stream()
                        .map(Task::getProcessInstanceId)
                        .distinct()
                        .toList();
                for (int from = 0; from < instances.size(); from += CHUNK) {
                    List<String> chunk = instances.subList(from, Math.min(instances.size(), from + CHUNK));
                    for (String name : need.getValue()) {
                        Set<String> having = new HashSet<>();
                        runtime
                                .createVariableInstanceQuery()
                                .variableName(name)
                                .processInstanceIdIn(chunk.toArray(String[]::new))
                                .disableBinaryFetching()
                                .disableCustomObjectDeserialization()
                                .list()
                                .stream()
                                .map(VariableInstance::getProcessInstanceId)
                                .forEach(having::add);
                        for (String instance : chunk) {
                            if (!having.contains(instance)) {
                                runtime.setVariable(instance, name, choices.value(name));
                                filled++;
                            }
                        }
                    }
                }
            }
            return filled;
        });
    }
}
