package vn.antq.models.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.support.Acting;
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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProposalStartFormOffersTheFieldsAndPlacesInTheBundlesWords() {
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.PROPOSAL)
                .latestVersion()
                .singleResult()
                .getId();
        StartFormData form =
                new Acting(engine).as("commune1", () -> engine.getFormService().getStartFormData(definition));
        assertThat(form.getFormFields())
                .extracting(f -> f.getId())
                .containsExactlyInAnyOrder(ChoiceOptions.FIELDS, ChoiceOptions.HOST_TYPES);
        SpinJsonNode fields = org.camunda.spin.Spin.JSON(String.valueOf(form.getFormFields().stream()
                .filter(f -> f.getId().equals(ChoiceOptions.FIELDS))
                .findFirst()
                .orElseThrow()
                .getValue()
                .getValue()));
        assertThat(fields.elements()).hasSize(10);
        assertThat(fields.elements().get(0).prop("value").stringValue()).isEqualTo("RESIDENTIAL");
        assertThat(fields.elements().get(0).prop("label").stringValue()).isEqualTo("An ninh, trật tự khu dân cư");
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
