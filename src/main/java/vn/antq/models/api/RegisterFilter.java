package vn.antq.models.api;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.SearchText;
import vn.antq.models.common.UserText;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.EvaluationOutcome;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.RetirementKind;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.report.MovementSummary;
import vn.antq.models.security.Official;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The register's filters (docs/register-api.md), the same for the page, the Excel file and the CSV:
 * each parameter checked and turned into a condition, and described in words for the file's heading.
 * The caller's scope is always the first condition.
 */
final class RegisterFilter {

    /** The query parameters, bound by name. */
    record Params(
            String unit,
            String q,
            String status,
            String field,
            String hostType,
            String classification,
            String kind,
            String runningOn,
            String evaluated,
            String year,
            String half,
            String from,
            String to,
            String retired,
            String overdue,
            String asModels) {}

    /** More models with overdue work than this are not listed at once (an IN list of codes). */
    static final int MAX_OVERDUE = 20_000;

    private final Specification<SecurityModel> spec;
    private final List<String> described;
    private final AdministrativeUnit unit;

    private RegisterFilter(Specification<SecurityModel> spec, List<String> described, AdministrativeUnit unit) {
        this.spec = spec;
        this.described = described;
        this.unit = unit;
    }

    Specification<SecurityModel> spec() {
        return spec;
    }

    /** The unit the list is about: the one filtered on, else the caller's ({@code null}: the whole country). */
    AdministrativeUnit unit() {
        return unit;
    }

    /** The filters in words, for the heading of an exported file. */
    List<String> described() {
        return described;
    }

    static RegisterFilter of(
            Params p,
            Official official,
            ModelVisibility visibility,
            UnitHierarchy units,
            MovementSummary summaries,
            RegisterLabels labels,
            Messages messages) {
        Specification<SecurityModel> spec = visibility.visibleTo(official);
        List<String> words = new ArrayList<>();
        AdministrativeUnit scope = official.unit();
        String unit = text(p.unit());
        if (unit != null) {
            AdministrativeUnit u = units.find(unit).orElseThrow(() -> bad("unit", "api.unknownUnit", messages));
            if (!visibility.canSee(official, u)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "unit", messages.get("api.unitOutOfScope"));
            }
            spec = spec.and(visibility.under(u));
            scope = u;
            words.add(messages.get("report.unitColumn") + " " + u.getName());
        }
        String q = text(p.q());
        if (q != null) {
            if (q.length() > 200) {
                throw bad("q", "api.queryTooLong", messages);
            }
            String folded = "%"
                    + SearchText.fold(q)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            spec = spec.and((root, cq, cb) -> cb.or(
                    cb.like(root.get("searchName"), folded, '\\'), cb.like(cb.lower(root.get("code")), folded, '\\')));
            words.add("\"" + q + "\"");
        }
        ModelStatus status = choice(ModelStatus.class, p.status(), "status", messages);
        if (status != null) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("status"), status));
            words.add(labels.label(status));
        }
        ModelField field = choice(ModelField.class, p.field(), "field", messages);
        if (field != null) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("field"), field));
            words.add(labels.label(field));
        }
        HostType host = choice(HostType.class, p.hostType(), "hostType", messages);
        if (host != null) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("hostType"), host));
            words.add(labels.label(host));
        }
        Classification latest = choice(Classification.class, p.classification(), "classification", messages);
        if (latest != null) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("classification"), latest));
            words.add(messages.get("field.classification") + " " + labels.label(latest));
        }
        String kind = text(p.kind());
        if (kind != null) {
            kind = kind.toUpperCase(Locale.ROOT);
            if (!kind.equals("MODEL") && !kind.equals("POINT")) {
                throw bad("kind", "api.badChoice", messages);
            }
            boolean points = kind.equals("POINT");
            spec = spec.and((root, cq, cb) ->
                    points ? cb.isNotNull(root.get("originCode")) : cb.isNull(root.get("originCode")));
            words.add(messages.get("report.register.kind." + kind));
        }
        String runningOn = text(p.runningOn());
        if (runningOn != null) {
            LocalDate day = ReportPeriod.date(runningOn, "runningOn", messages);
            Instant end = day.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
            // as the summary counts a model running at the period's end (MovementSummary)
            spec = spec.and((root, cq, cb) -> cb.and(
                    root.get("status").in(ModelStatus.ACTIVE, ModelStatus.RETIRED),
                    cb.lessThan(root.get("activatedAt"), end),
                    cb.or(cb.isNull(root.get("retiredAt")), cb.greaterThanOrEqualTo(root.get("retiredAt"), end)),
                    cb.or(
                            cb.isNull(root.get("retiredKind")),
                            cb.notEqual(root.get("retiredKind"), RetirementKind.REGISTRY))));
            words.add(messages.get("register.runningOn", day.format(Clocks.VN_DATE)));
        }
        String evaluated = text(p.evaluated());
        boolean retired = flag(p.retired(), "retired", messages);
        ReportPeriod period = null;
        if (evaluated != null || retired) {
            period = ReportPeriod.of(p.year(), p.half(), p.from(), p.to(), messages);
        }
        if (evaluated != null) {
            String e = evaluated.toUpperCase(Locale.ROOT);
            Classification c = e.equals("MISSED") || e.equals("REPORTED")
                    ? null
                    : choice(Classification.class, e, "evaluated", messages);
            LocalDate from = period.from();
            LocalDate to = period.to();
            spec = spec.and((root, cq, cb) -> {
                Subquery<Integer> sq = cq.subquery(Integer.class);
                Root<Evaluation> ev = sq.from(Evaluation.class);
                var outcome = ev.get("outcome");
                var which = c != null
                        ? cb.and(
                                cb.equal(outcome, EvaluationOutcome.CLASSIFIED),
                                cb.equal(ev.get("finalClassification"), c))
                        : e.equals("MISSED")
                                ? cb.equal(outcome, EvaluationOutcome.MISSED)
                                : outcome.in(
                                        EvaluationOutcome.REPORTED,
                                        EvaluationOutcome.ASSESSED,
                                        EvaluationOutcome.CLASSIFIED);
                sq.select(cb.literal(1))
                        .where(
                                cb.equal(ev.get("modelCode"), root.get("code")),
                                cb.between(ev.get("periodTo"), from, to),
                                which);
                return cb.exists(sq);
            });
            String what = c != null
                    ? messages.get("field.classification") + " " + labels.label(c)
                    : e.equals("MISSED") ? messages.get("EvaluationOutcome.MISSED") : messages.get("register.reported");
            words.add(messages.get("register.inPeriod", what, from.format(Clocks.VN_DATE), to.format(Clocks.VN_DATE)));
        }
        if (retired) {
            Instant start = period.from().atStartOfDay(Clocks.VIETNAM).toInstant();
            Instant end = period.to().plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
            spec = spec.and((root, cq, cb) -> cb.and(
                    cb.equal(root.get("status"), ModelStatus.RETIRED),
                    cb.greaterThanOrEqualTo(root.get("retiredAt"), start),
                    cb.lessThan(root.get("retiredAt"), end),
                    cb.notEqual(root.get("retiredKind"), RetirementKind.REGISTRY)));
            words.add(messages.get(
                    "register.inPeriod",
                    messages.get("ModelStatus.RETIRED"),
                    period.from().format(Clocks.VN_DATE),
                    period.to().format(Clocks.VN_DATE)));
        }
        if (flag(p.overdue(), "overdue", messages)) {
            String province = scope == null ? null : units.provinceOf(scope).getCode();
            Set<String> codes = summaries.modelsWithOverdueWork(province, MAX_OVERDUE + 1);
            if (codes.size() > MAX_OVERDUE) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "overdue", messages.get("api.tooManyOverdue"));
            }
            spec = spec.and((root, cq, cb) ->
                    codes.isEmpty() ? cb.disjunction() : root.get("code").in(codes));
            words.add(messages.get("register.overdue"));
        }
        if (flag(p.asModels(), "asModels", messages)) {
            // the models the matching places run, each once (a point stands for the model it replicates), as the
            // summary counts "models"; the caller sees those within their scope
            Specification<SecurityModel> places = spec;
            spec = visibility.visibleTo(official).and((root, cq, cb) -> {
                Subquery<String> sq = cq.subquery(String.class);
                Root<SecurityModel> place = sq.from(SecurityModel.class);
                sq.select(cb.coalesce(place.<String>get("originCode"), place.<String>get("code")))
                        .where(places.toPredicate(place, cq, cb));
                return root.get("code").in(sq);
            });
            words.add(messages.get("register.asModels"));
        }
        return new RegisterFilter(spec, words, scope);
    }

    private static boolean flag(String value, String param, Messages messages) {
        String v = text(value);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw bad(param, "api.badChoice", messages);
    }

    private static String text(String value) {
        String v = UserText.normalise(value);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String param, Messages messages) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(param, "api.badChoice", messages);
        }
    }

    static ApiException bad(String param, String key, Messages messages) {
        return new ApiException(HttpStatus.BAD_REQUEST, param, messages.get("api.param", param, messages.get(key)));
    }
}
