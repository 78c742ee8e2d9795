package vn.antq.models.api;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.UserText;
import vn.antq.models.evaluation.EvaluationRepository;
import vn.antq.models.model.AuditTrail;
import vn.antq.models.model.ModelDecisionRepository;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.report.MovementSummary;
import vn.antq.models.report.ReportWorkbook;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/** The registry as the caller may see it (CONTRACT.md; the register's filters and files in docs/register-api.md). */
@RestController
@Transactional(readOnly = true)
class ModelController {

    static final int MAX_PAGE_SIZE = 100;
    /** Rows read at a time while a file is written, the persistence context cleared after each. */
    static final int EXPORT_CHUNK = 1000;

    private final ModelRepository models;
    private final ModelDecisionRepository decisions;
    private final EvaluationRepository evaluations;
    private final AuditTrail trail;
    private final ModelVisibility visibility;
    private final UnitHierarchy units;
    private final CurrentOfficial current;
    private final MovementSummary summaries;
    private final RegisterLabels labels;
    private final OfficialService officials;
    private final EntityManager em;
    private final Messages messages;

    ModelController(
            ModelRepository models,
            ModelDecisionRepository decisions,
            EvaluationRepository evaluations,
            AuditTrail trail,
            ModelVisibility visibility,
            UnitHierarchy units,
            CurrentOfficial current,
            MovementSummary summaries,
            RegisterLabels labels,
            OfficialService officials,
            EntityManager em,
            Messages messages) {
        this.trail = trail;
        this.models = models;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.visibility = visibility;
        this.units = units;
        this.current = current;
        this.summaries = summaries;
        this.labels = labels;
        this.officials = officials;
        this.em = em;
        this.messages = messages;
    }

    @GetMapping("/api/labels")
    Map<String, Object> labels() {
        return labels.all();
    }

    @GetMapping("/api/models")
    Map<String, Object> list(
            HttpServletRequest request,
            RegisterFilter.Params params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        RegisterFilter filter = filter(request, params);
        if (page < 0) {
            throw bad("page", "api.badPage");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw bad("size", "api.badSize", MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw bad("page", "api.pageTooFar");
        }
        Page<SecurityModel> result = models.findAll(filter.spec(), PageRequest.of(page, size, Sort.by("code")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "content",
                result.getContent().stream()
                        .map(m -> ModelViews.summary(
                                m, units.find(m.getUnitCode()).orElse(null)))
                        .toList());
        body.put("page", page);
        body.put("size", size);
        body.put("totalElements", result.getTotalElements());
        body.put("totalPages", result.getTotalPages());
        return body;
    }

    @GetMapping("/api/models.xlsx")
    void xlsx(HttpServletRequest request, HttpServletResponse response, RegisterFilter.Params params)
            throws IOException {
        Official official = current.of(request);
        RegisterFilter filter = filter(request, params);
        ReportController.attachment(response, ReportController.XLSX, fileName(filter, "xlsx"));
        try (ReportWorkbook book = new ReportWorkbook()) {
            List<String> heading = List.of(
                    messages.get("report.register.title"),
                    messages.get("report.unit", unitName(filter)),
                    messages.get(
                            "report.register.filters",
                            filter.described().isEmpty()
                                    ? messages.get("report.register.noFilter")
                                    : String.join("; ", filter.described())),
                    messages.get("report.made", messages.timeOnDate(Clocks.now()), officials.name(official.login())));
            ReportWorkbook.Table table =
                    book.sheet(messages.get("report.register.sheet"), heading, columns(), new int[] {
                        6, 16, 40, 14, 16, 28, 30, 16, 28, 14, 12, 18, 12
                    });
            long count = each(filter.spec(), (no, m) -> table.row(row(no, m).toArray()));
            table.total(null, messages.get("report.register.count", count));
            book.write(response.getOutputStream());
        }
    }

    @GetMapping("/api/models.csv")
    void csv(HttpServletRequest request, HttpServletResponse response, RegisterFilter.Params params)
            throws IOException {
        RegisterFilter filter = filter(request, params);
        ReportController.attachment(response, "text/csv;charset=UTF-8", fileName(filter, "csv"));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(columns());
        each(filter.spec(), (no, m) -> {
            try {
                csv.printRecord(row(no, m));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** The model a proposal instance filed: Tasklist tells the commune its code right after the start. */
    @GetMapping("/api/models/by-instance/{processInstanceId}")
    Map<String, Object> byInstance(HttpServletRequest request, @PathVariable String processInstanceId) {
        Official official = current.of(request);
        String id = UserText.normalise(processInstanceId);
        SecurityModel model = models.findOne((root, cq, cb) -> cb.equal(root.get("processInstanceId"), id))
                .filter(m -> visibility.canSee(official, m))
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, null, messages.get("api.instanceModelNotFound")));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", model.getCode());
        v.put("name", model.getName());
        v.put("status", model.getStatus());
        return v;
    }

    @GetMapping("/api/models/{code}")
    Map<String, Object> one(HttpServletRequest request, @PathVariable("code") String rawCode) {
        Official official = current.of(request);
        String code = UserText.normalise(rawCode);
        // another unit's model answers exactly as a code that does not exist: codes are sequential
        SecurityModel model = models.findById(code)
                .filter(m -> visibility.canSee(official, m))
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, null, messages.get("api.modelNotFound", code)));
        SecurityModel origin = model.getOriginCode() == null
                ? null
                : models.findById(model.getOriginCode()).orElse(null);
        Map<String, Object> detail = ModelViews.detail(
                model,
                units.chain(units.get(model.getUnitCode())),
                origin,
                decisions.findByModelCodeOrderByDecidedAtAscIdAsc(code),
                evaluations.findByModelCodeOrderByCycleNo(code),
                models.pointCodes(code),
                labels);
        List<Map<String, Object>> entries = trail.of(code);
        entries.forEach(e -> {
            e.put("whoName", labels.person((String) e.get("who")));
            if ("engine".equals(e.get("source"))) {
                labels.describeOperation(e);
            }
        });
        detail.put("trail", entries);
        return detail;
    }

    private RegisterFilter filter(HttpServletRequest request, RegisterFilter.Params params) {
        return RegisterFilter.of(params, current.of(request), visibility, units, summaries, labels, messages);
    }

    private List<String> columns() {
        return List.of(
                messages.get("report.no"),
                messages.get("field.modelCode"),
                messages.get("field.modelName"),
                messages.get("report.register.kind"),
                messages.get("report.register.origin"),
                messages.get("report.unitColumn"),
                messages.get("field.field"),
                messages.get("field.hostType"),
                messages.get("report.register.hostName"),
                messages.get("field.foundedOn"),
                messages.get("field.members"),
                messages.get("report.register.status"),
                messages.get("field.classification"));
    }

    private List<Object> row(long no, SecurityModel m) {
        List<Object> row = new ArrayList<>();
        row.add(no);
        row.add(m.getCode());
        row.add(m.getName());
        row.add(messages.get("report.register.kind." + (m.getOriginCode() == null ? "MODEL" : "POINT")));
        row.add(m.getOriginCode() == null ? "" : m.getOriginCode());
        row.add(units.find(m.getUnitCode()).map(AdministrativeUnit::getName).orElse(m.getUnitCode()));
        row.add(labels.label(m.getField()));
        row.add(labels.label(m.getHostType()));
        row.add(m.getHostName() == null ? "" : m.getHostName());
        row.add(m.getFoundedOn().format(Clocks.VN_DATE));
        row.add(m.getMembers());
        row.add(labels.label(m.getStatus()));
        row.add(m.getClassification() == null ? "" : labels.label(m.getClassification()));
        return row;
    }

    interface RowWriter {
        void write(long no, SecurityModel model);
    }

    /** Every matching entry in code order, a chunk at a time (keyset, so no count and no offset). */
    private long each(Specification<SecurityModel> spec, RowWriter writer) {
        long no = 0;
        String last = null;
        while (true) {
            String after = last;
            Specification<SecurityModel> chunk =
                    after == null ? spec : spec.and((root, cq, cb) -> cb.greaterThan(root.get("code"), after));
            List<SecurityModel> rows = models.findBy(
                    chunk, q -> q.sortBy(Sort.by("code")).limit(EXPORT_CHUNK).all());
            for (SecurityModel m : rows) {
                writer.write(++no, m);
                last = m.getCode();
            }
            em.clear();
            if (rows.size() < EXPORT_CHUNK) {
                return no;
            }
        }
    }

    private String unitName(RegisterFilter filter) {
        return filter.unit() == null
                ? messages.get("report.country")
                : filter.unit().getName();
    }

    private static String fileName(RegisterFilter filter, String extension) {
        return "so-mo-hinh-"
                + (filter.unit() == null ? "toan-quoc" : filter.unit().getCode()) + "-" + Clocks.today() + "."
                + extension;
    }

    private ApiException bad(String param, String key, Object... args) {
        return new ApiException(
                HttpStatus.BAD_REQUEST, param, messages.get("api.param", param, messages.get(key, args)));
    }
}
