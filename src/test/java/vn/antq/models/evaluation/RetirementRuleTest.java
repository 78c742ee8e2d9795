package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model-retirement-rule table for every pair of this cycle's and the previous cycle's outcome. */
class RetirementRuleTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/model-retirement-rule.dmn"))) {
            decision = dmn.parseDecision("model-retirement-rule", in);
        }
    }

    @ParameterizedTest(name = "{0} after {1} → retire {2}")
    @CsvSource({
        "WEAK, WEAK, true, Xếp loại Yếu hai kỳ đánh giá liên tiếp",
        "MISSED, MISSED, true, Không báo cáo kết quả hoạt động đúng hạn hai kỳ đánh giá liên tiếp",
        "WEAK, NONE, false, ",
        "WEAK, AVERAGE, false, ",
        "WEAK, MISSED, false, ",
        "MISSED, WEAK, false, ",
        "MISSED, NONE, false, ",
        "AVERAGE, WEAK, false, ",
        "GOOD, WEAK, false, ",
        "EXCELLENT, MISSED, false, ",
        "EXCELLENT, EXCELLENT, false, "
    })
    void retiresOnlyAfterTwoBadCyclesOfTheSameKind(String current, String previous, boolean retire, String reason) {
        org.camunda.bpm.dmn.engine.DmnDecisionRuleResult result = dmn.evaluateDecisionTable(
                        decision, Map.of("currentOutcome", current, "previousOutcome", previous))
                .getSingleResult();
        assertThat((Boolean) result.getEntry("retire")).isEqualTo(retire);
        assertThat(result.getEntryMap().get("retiredReason")).isEqualTo(reason);
    }
}
