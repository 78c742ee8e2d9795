package vn.antq.models.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/**
 * A later import corrects what an earlier one brought in, row for row, and leaves alone what the
 * application runs: a model proposed and approved in the application changes only through its steps.
 */
@PostgresTest
class ImportUpdateTest {

    static final String HEADER =
            "code,name,field,hostType,unitCode,foundedOn,decisionNo,leaderName,leaderPhone,members\n";

    @Autowired
    RegistryImports imports;

    @Autowired
    RegistryImportRepository records;

    @Autowired
    ModelRepository models;

    @Autowired
    ProcessEngine engine;

    final ObjectMapper json = new ObjectMapper();

    JsonNode run(String csv) throws Exception {
        RegistryImport started = new Acting(engine).as("province1", () -> {
            try {
                return imports.importNow(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "mo-hinh.csv",
                        ImportSheet.MODELS,
                        "province1",
                        "QB");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Jobs.drain(engine.getManagementService(), started.getProcessInstanceId());
        RegistryImport done = records.findById(started.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(RegistryImport.Status.DONE);
        return json.readTree(done.getReport());
    }

    @Test
    void aSecondImportCorrectsItsOwnRowsAndNeverTheApplicationsModels() throws Exception {
        String row =
                "QB-2018-0101,Tổ hòa giải thôn Tiền,RESIDENTIAL,RESIDENTIAL_AREA,QB0101,2018-04-01,3/QĐ-UBND,Lê Thị Thu,0912000222,10\n";
        assertThat(run(HEADER + row).at("/counts/models/created").asInt()).isEqualTo(1);

        JsonNode corrected = run(HEADER + row.replace("Lê Thị Thu,0912000222,10", "Lê Văn Tiến,0912000333,14"));
        assertThat(corrected.at("/counts/models/updated").asInt()).isEqualTo(1);
        SecurityModel model = models.findById("QB-2018-0101").orElseThrow();
        assertThat(model.getLeaderName()).isEqualTo("Lê Văn Tiến");
        assertThat(model.getMembers()).isEqualTo(14);
        assertThat(model.isImported()).isTrue();

        String own = new Models(engine).activeModel("commune1", "Tổ an ninh xóm Chợ");
        JsonNode refused =
                run(HEADER + own + ",Tổ an ninh xóm Chợ,RESIDENTIAL,RESIDENTIAL_AREA,QB0101,2024-03-01,15/QĐ-UBND,"
                        + "Người khác,0912000444,3\n");
        assertThat(refused.at("/counts/models/refused").asInt()).isEqualTo(1);
        assertThat(refused.at("/errors/0/message").asText())
                .startsWith("Mã mô hình (code): mô hình này do hệ thống quản lý");
        assertThat(models.findById(own).orElseThrow().getLeaderName()).isEqualTo("Nguyễn Văn Tâm");
    }
}
