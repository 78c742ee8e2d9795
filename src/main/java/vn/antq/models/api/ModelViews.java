package vn.antq.models.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.ModelDecision;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.unit.AdministrativeUnit;

/** The JSON shapes of registry entries (CONTRACT.md names; the page's extras in docs/register-api.md). */
final class ModelViews {

    private ModelViews() {}

    static Map<String, Object> summary(SecurityModel m, AdministrativeUnit unit) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", m.getCode());
        v.put("name", m.getName());
        v.put("field", m.getField());
        v.put("hostType", m.getHostType());
        v.put("hostName", m.getHostName());
        v.put("unitCode", m.getUnitCode());
        v.put("unitName", unit == null ? null : unit.getName());
        v.put("status", m.getStatus());
        v.put("classification", m.getClassification());
        v.put("originCode", m.getOriginCode());
        return v;
    }

    static Map<String, Object> detail(
            SecurityModel m,
            List<AdministrativeUnit> chain,
            SecurityModel origin,
            List<ModelDecision> decisions,
            List<Evaluation> evaluations,
            List<String> points,
            RegisterLabels labels) {
        Map<String, Object> v = summary(m, chain.get(0));
        v.put(
                "unitChain",
                chain.stream()
                        .map(u -> Map.of("code", u.getCode(), "name", u.getName(), "level", u.getLevel()))
                        .toList());
        v.put("originName", origin == null ? null : origin.getName());
        v.put("decisionNo", m.getDecisionNo());
        v.put("foundedOn", m.getFoundedOn());
        v.put("leaderName", m.getLeaderName());
        v.put("leaderPhone", m.getLeaderPhone());
        v.put("members", m.getMembers());
        v.put("goals", m.getGoals());
        v.put("activities", m.getActivities());
        v.put("funding", m.getFunding());
        v.put("proposedBy", m.getProposedBy());
        v.put("proposedByName", labels.person(m.getProposedBy()));
        v.put("proposedAt", m.getProposedAt());
        v.put("activatedAt", m.getActivatedAt());
        v.put("retiredReason", m.getRetiredReason());
        v.put("retiredAt", m.getRetiredAt());
        v.put("processInstanceId", m.getProcessInstanceId());
        v.put("points", points);
        v.put("evaluations", evaluations.stream().map(ModelViews::evaluation).toList());
        v.put("decisions", decisions.stream().map(d -> decision(d, labels)).toList());
        return v;
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("cycleNo", e.getCycleNo());
        v.put("period", e.getDueOn());
        v.put("periodFrom", e.getPeriodFrom());
        v.put("periodTo", e.getPeriodTo());
        v.put("reportDeadline", e.getReportDeadline());
        v.put("outcome", e.getOutcome());
        v.put("classification", e.getFinalClassification());
        v.put("ruleClassification", e.getRuleClassification());
        v.put("proposedClassification", e.getProposedClassification());
        Indicators indicators = e.indicators();
        v.put("indicators", indicators == null ? null : indicators.asMap());
        v.put("narrative", e.getNarrative());
        v.put("reportedBy", e.getReportedBy());
        v.put("reportedAt", e.getReportedAt());
        v.put("proposedBy", e.getProposedBy());
        v.put("assessmentNote", e.getAssessmentNote());
        v.put("decidedBy", e.getDecidedBy());
        v.put("decidedAt", e.getDecidedAt());
        v.put("overrideReason", e.getOverrideReason());
        return v;
    }

    private static Map<String, Object> decision(ModelDecision d, RegisterLabels labels) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("step", d.getStep());
        v.put("stepLabel", labels.step(d.getStep()));
        v.put("outcome", d.getOutcome());
        v.put("outcomeLabel", labels.outcome(d.getOutcome()));
        v.put("reason", d.getReason());
        v.put("decidedBy", d.getDecidedBy());
        v.put("decidedByName", labels.person(d.getDecidedBy()));
        v.put("onBehalfOf", d.getOnBehalfOf());
        v.put("onBehalfOfName", d.getOnBehalfOf() == null ? null : labels.person(d.getOnBehalfOf()));
        v.put("decidedAt", d.getDecidedAt());
        return v;
    }
}
