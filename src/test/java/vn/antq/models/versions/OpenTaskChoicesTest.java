package vn.antq.models.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/**
 * The radio groups of the proposal and evaluation forms read their choices from variables the server
 * sets, labelled from messages.properties; a task open before its form began to read them is given
 * them once the processes are deployed.
 */
@PostgresTest
class OpenTaskChoicesTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    OpenTaskChoices openTasks;

    @Autowired
    ChoiceOptions choices;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProposalStartFormOffersTheSameChoicesInTheSameWordsAsTheServer() throws Exception {
        // Tasklist gives a start form no variables, so this one form keeps its choices written out;
        // they must be the server's, in its order and in messages.properties' words
        com.fasterxml.jackson.databind.JsonNode form;
        try (var in = getClass().getResourceAsStream("/proposal-start.form")) {
            form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        for (var entry : Map.of("field", choices.fields(), "hostType", choices.hostTypes())
                .entrySet()) {
            com.fasterxml.jackson.databind.JsonNode values = null;
            for (var c : form.path("components")) {
                if (entry.getKey().equals(c.path("key").asText())) {
                    values = c.path("values");
                }
            }
            assertThat(values).as(entry.getKey()).isNotNull();
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(entry.getValue()))
                    .as(entry.getKey())
                    .isEqualTo(values);
        }
    }

    @Test
    void theRevisionFormReadsTheSameChoicesFromTheServer() {
        Models fixtures = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 1, 5, 9, 0));
        String code = fixtures.activeModel("commune1", "Đèn đường xóm Giữa");
        assertThat(code).isNotNull();
        var proposal = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PROPOSAL)
                .processInstanceBusinessKey(code)
                .singleResult();
        Object fields = engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(proposal.getId())
                .variableName(ChoiceOptions.FIELDS)
                .singleResult()
                .getValue();
        assertThat(((SpinJsonNode) fields).elements()).hasSize(10);
    }

    @Test
    void aClassificationTaskHasItsChoicesAndOneOpenedBeforeGetsThemOnce() {
        Models fixtures = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 1, 5, 9, 0));
        String model = fixtures.activeModel("commune1", "Loa phát thanh xóm Chùa");
        Job timer = fixtures.jobs(model).stream()
                .filter(j -> j.getDuedate() != null)
                .findFirst()
                .orElseThrow();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        fixtures.runDueJobs(model);
        fixtures.complete("commune1", model, "ReportByCommune", Models.reportFor("GOOD"));
        fixtures.complete("district1", model, "AssessByDistrict", Map.of("proposedClassification", "GOOD"));
        Task classify = fixtures.task(model, "ClassifyByProvince");

        Object offered = engine.getTaskService().getVariable(classify.getId(), ChoiceOptions.CLASSIFICATIONS);
        List<SpinJsonNode> classes = ((SpinJsonNode) offered).elements();
        assertThat(classes)
                .extracting(c -> c.prop("value").stringValue())
                .containsExactly("EXCELLENT", "GOOD", "AVERAGE", "WEAK");
        assertThat(classes)
                .extracting(c -> c.prop("label").stringValue())
                .containsExactly("Xuất sắc", "Khá", "Trung bình", "Yếu");

        // as if the task had been opened before its form read the classes from a variable
        engine.getRuntimeService().removeVariable(classify.getProcessInstanceId(), ChoiceOptions.CLASSIFICATIONS);
        assertThat(openTasks.fill()).isGreaterThanOrEqualTo(1);
        assertThat(((SpinJsonNode) engine.getTaskService().getVariable(classify.getId(), ChoiceOptions.CLASSIFICATIONS))
                        .elements())
                .hasSize(4);
        assertThat(openTasks.fill()).isZero();

        fixtures.complete("province1", model, "ClassifyByProvince", Map.of("classification", "GOOD"));
        assertThat(fixtures.task(model, "ClassifyByProvince")).isNull();
    }
}
