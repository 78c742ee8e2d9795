package vn.antq.models.evaluation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When evaluations fall due ({@code antq.evaluation.*}).
 *
 * @param firstAfter   how long a model runs before its first evaluation (đủ thời gian)
 * @param interval     time between later evaluations, anchored on the approval date
 * @param fixedDay     {@code MM-dd}: every evaluation on this calendar day instead of the anniversary
 * @param reportWithin how long the commune has to report once an evaluation is due
 */
@ConfigurationProperties("antq.evaluation")
public record EvaluationSettings(
        @DefaultValue("P6M") Period firstAfter,
        @DefaultValue("P1Y") Period interval,
        String fixedDay,
        @DefaultValue("P30D") Period reportWithin) {}
