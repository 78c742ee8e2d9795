package vn.antq.models.proposal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelRouting;
import vn.antq.models.reminder.TaskDates;

/**
 * The routes of model-proposal as drawn, on the engine alone: every check and named step is a mock,
 * so these run in milliseconds. What the steps do to the registry is tested on PostgreSQL
 * ({@code ProposalPathsTest}, {@code ProposalIntegrityTest}).
 */
@Deployment(resources = "model-proposal.bpmn")
class ProposalRoutesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("engine-only.cfg.xml")
            .build();

    ModelRouting routing = mock(ModelRouting.class);

    @BeforeEach
    void mockTheBeans() {
        BpmnAwareTests.init(engine.getProcessEngine()); // the assertions ask this engine, not the application's
        for (String listener : new String[] {"checkProposal", "checkDecision"}) {
            Mocks.register(listener, mock(ExecutionListener.class));
        }
        for (String step :
                new String[] {"registerProposal", "recordDecision", "activateModel", "applyRevision", "rejectProposal"
                }) {
            Mocks.register(step, mock(JavaDelegate.class));
        }
        when(routing.communeGroup(any())).thenReturn("QB0101");
        when(routing.districtGroup(any())).thenReturn("QB01");
        when(routing.provinceGroup(any())).thenReturn("QB");
        Mocks.register("routing", routing);
        Mocks.register("taskDates", mock(TaskDates.class));
    }

    @AfterEach
    void forgetTheBeans() {
        Mocks.reset();
    }

    /** The assertions' engine goes back to unset, so that a later test in this JVM binds its own. */
    @AfterAll
    static void forgetTheEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance propose(boolean districtTier) {
        when(routing.hasDistrict(any())).thenReturn(districtTier);
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey(ProcessIds.PROPOSAL, "QB-2026-0001");
    }

    @Test
    void theDistrictThenTheProvinceApprove() {
        ProcessInstance pi = propose(true);
        assertThat(pi).isWaitingAt(ProcessIds.REVIEW_BY_DISTRICT);
        assertThat(task(pi)).hasCandidateGroup("QB01");
        complete(task(pi), withVariables("decision", "approve"));
        assertThat(pi).isWaitingAt(ProcessIds.APPROVE_BY_PROVINCE);
        assertThat(task(pi)).hasCandidateGroup("QB");
        complete(task(pi), withVariables("decision", "approve"));
        assertThat(pi)
                .hasPassedInOrder(
                        "RegisterProposal",
                        ProcessIds.REVIEW_BY_DISTRICT,
                        "RecordReview",
                        ProcessIds.APPROVE_BY_PROVINCE,
                        "RecordApproval",
                        "ActivateModel")
                .isEnded()
                .hasPassed("ModelActivated");
    }

    @Test
    void withoutADistrictTierTheProposalGoesStraightToTheProvince() {
        ProcessInstance pi = propose(false);
        assertThat(pi).isWaitingAt(ProcessIds.APPROVE_BY_PROVINCE).hasNotPassed(ProcessIds.REVIEW_BY_DISTRICT);
    }

    @Test
    void aReturnGoesBackToTheCommuneAndItsRevisionToTheReviewAgain() {
        ProcessInstance pi = propose(true);
        complete(task(pi), withVariables("decision", "return", "reason", "Bổ sung kinh phí"));
        assertThat(pi).isWaitingAt(ProcessIds.REVISE_PROPOSAL);
        assertThat(task(pi)).hasCandidateGroup("QB0101");
        complete(task(pi));
        assertThat(pi)
                .hasPassedInOrder(ProcessIds.REVISE_PROPOSAL, "ApplyRevision")
                .isWaitingAt(ProcessIds.REVIEW_BY_DISTRICT);
    }

    @Test
    void theProvincesRejectionEndsTheProposal() {
        ProcessInstance pi = propose(false);
        complete(task(pi), withVariables("decision", "reject", "reason", "Trùng với mô hình đã có"));
        assertThat(pi)
                .hasPassedInOrder("RecordApproval", "RejectProposal")
                .isEnded()
                .hasPassed("ProposalRejected")
                .hasNotPassed("ActivateModel");
    }
}
