package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaigns started before the commune's answer became the subprocess "Trả lời của từng xã" keep
 * running on their version: Camunda's migration API cannot map a multi-instance user task into a
 * multi-instance subprocess (ENGINE-23001 "Must map the inner activity of a multi-instance body").
 * Their diagram names {@code ${validateReplication}} and {@code ${replicationAnswer}}; these are the
 * same checks and steps the current diagram runs, in the order it draws them. Once Cockpit shows no
 * running instance of those versions, this class goes.
 */
@Configuration
class EarlierReplicationVersions {

    @Bean("validateReplication")
    ExecutionListener validateReplication(CheckReplicationListener check) {
        return check::notify;
    }

    /** The old multi-instance task's listener: on entry ask the commune, on completion check and record the answer. */
    @Bean("replicationAnswer")
    ExecutionListener replicationAnswer(
            AskCommuneDelegate ask,
            CheckAnswerListener check,
            CreatePointDelegate createPoint,
            RecordDeclineDelegate recordDecline) {
        return (DelegateExecution execution) -> {
            if (execution.isCanceled()) {
                return;
            }
            if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
                ask.execute(execution);
                check.notify(execution);
                return;
            }
            check.notify(execution);
            if (ReplicationAnswer.ACCEPT.value().equals(execution.getVariable("decision"))) {
                createPoint.execute(execution);
            } else {
                recordDecline.execute(execution);
            }
        };
    }
}
