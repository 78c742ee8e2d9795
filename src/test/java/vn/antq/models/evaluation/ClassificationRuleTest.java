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

/** The model-classification table row by row, each threshold on and just below its boundary. */
class ClassificationRuleTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/model-classification.dmn"))) {
            decision = dmn.parseDecision("model-classification", in);
        }
    }

    @ParameterizedTest(name = "outreach {0}, valuable tips {1}, cases {2} → {3}")
    @CsvSource({
        // Rule_Excellent: all three at their thresholds
        "12, 10, 5, EXCELLENT",
        "40, 30, 20, EXCELLENT",
        // one short of excellent falls to good
        "11, 10, 5, GOOD",
        "12, 9, 5, GOOD",
        "12, 10, 4, GOOD",
        // Rule_Good at its thresholds, and one short of each
        "6, 4, 2, GOOD",
        "5, 4, 2, AVERAGE",
        "6, 3, 2, AVERAGE",
        "6, 4, 1, AVERAGE",
        // Rule_AverageOutreach / Tips / Cases, each alone at its threshold
        "3, 0, 0, AVERAGE",
        "0, 1, 0, AVERAGE",
        "0, 0, 1, AVERAGE",
        // Rule_Weak: below every threshold
        "2, 0, 0, WEAK",
        "0, 0, 0, WEAK"
    })
    void classifiesFromTheIndicators(long outreach, long valuableTips, long cases, String expected) {
        Object result = dmn.evaluateDecisionTable(
                        decision,
                        Map.of("outreachSessions", outreach, "valuableTips", valuableTips, "casesResolved", cases))
                .getSingleEntry();
        assertThat(result).isEqualTo(expected);
    }
}
