package vn.antq.models.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The tests' job executor: runs one process instance's due jobs, one at a time, as the executor would. */
public final class Jobs {

    private Jobs() {}

    /**
     * Runs the instance's executable jobs until none is left.
     *
     * @return how many jobs ran
     */
    public static int drain(ManagementService management, String processInstanceId) {
        int ran = 0;
        Job job;
        while ((job =
                        management
                                .createJobQuery()
                                .processInstanceId(processInstanceId)
                                .executable()
                                .listPage(0, 1)
                                .stream()
                                .findFirst()
                                .orElse(null))
                != null) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }
}
