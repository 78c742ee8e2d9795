package vn.antq.models.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.models.common.ProcessIds;

/**
 * The files Cockpit, Tasklist and Modeler read: every BPMN is drawn completely, every DMN has its
 * DMNDI, every referenced form exists, and META-INF/processes.xml deploys exactly what is there.
 */
class ProcessFilesTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");

    static Stream<Path> bpmnFiles() throws IOException {
        return files(PROCESSES, ".bpmn").stream();
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementIsDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());

        assertThat(shapes).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
    }

    /**
     * Every process key and element id the Java names ({@code common/ProcessIds}) is in processes/: a
     * key (kebab-case, "model-proposal") as a process's id, an element id ("ReviewByDistrict") in one
     * of the diagrams.
     */
    @Test
    void theIdsTheJavaNamesAreInTheDiagrams() throws Exception {
        Set<String> processes = new java.util.HashSet<>();
        Set<String> elements = new java.util.HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                    .forEach(p -> processes.add(p.getId()));
            model.getModelElementsByType(BaseElement.class).forEach(e -> elements.add(e.getId()));
        }
        List<String> missing = new java.util.ArrayList<>();
        int named = 0;
        for (java.lang.reflect.Field f : ProcessIds.class.getFields()) {
            String id = (String) f.get(null);
            named++;
            boolean isKey = id.contains("-");
            if (!(isKey ? processes : elements).contains(id)) {
                missing.add(f.getName() + " = " + id);
            }
        }
        assertThat(named).isGreaterThanOrEqualTo(14);
        assertThat(missing).as("ids of ProcessIds that no diagram has").isEmpty();
    }

    /** Reminders are declared once, in the process "Nhắc việc": a timer per task and reminder is what it replaced. */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void noTaskCarriesATimeoutListener(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class))
                .as(file + ": a timeout task listener")
                .noneMatch(l -> "timeout".equals(l.getCamundaEvent()));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyReferencedFormExists(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Stream<String> refs = Stream.concat(
                model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
                model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef));
        refs.filter(r -> r != null)
                .forEach(ref -> assertThat(FORMS.resolve(ref + ".form")).exists());
    }

    @Test
    void everyDecisionTableHasItsDiagram() throws IOException {
        for (Path dmn : files(PROCESSES, ".dmn")) {
            assertThat(Files.readString(dmn)).as(dmn.toString()).contains("dmndi:DMNDI");
        }
    }

    @Test
    void everyFormIsACamundaFormWithTheIdOfItsFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path form : files(FORMS, ".form")) {
            JsonNode schema = json.readTree(form.toFile());
            String name = form.getFileName().toString().replace(".form", "");
            assertThat(schema.get("id").asText()).as(form.toString()).isEqualTo(name);
            assertThat(schema.get("type").asText()).isEqualTo("default");
            assertThat(schema.get("components")).isNotEmpty();
        }
    }

    @Test
    void processesXmlDeploysExactlyTheFilesThatExist() throws IOException {
        String descriptor = Files.readString(Path.of("src/main/resources/META-INF/processes.xml"));
        List<String> listed = descriptor
                .lines()
                .map(String::trim)
                .filter(l -> l.startsWith("<resource>"))
                .map(l -> l.replace("<resource>", "").replace("</resource>", ""))
                .sorted()
                .toList();
        List<String> present = Stream.of(
                        files(PROCESSES, ".bpmn"),
                        files(PROCESSES, ".dmn"),
                        files(FORMS, ".form"),
                        files(FORMS, ".form.html"))
                .flatMap(List::stream)
                .map(p -> p.getFileName().toString())
                .sorted()
                .toList();
        assertThat(listed).isEqualTo(present);
    }

    private static Set<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
