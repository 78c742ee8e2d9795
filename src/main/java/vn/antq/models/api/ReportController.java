package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.common.UserText;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.replication.ReplicationCounts;
import vn.antq.models.report.MovementSummary;
import vn.antq.models.report.Summary;
import vn.antq.models.report.SummaryExport;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/** The supervision reports (CONTRACT.md), each within the caller's scope, checked on every request and export. */
@RestController
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CurrentOfficial current;
    private final ReplicationCounts counts;
    private final MovementSummary summaries;
    private final SummaryExport export;
    private final OfficialService officials;
    private final UnitHierarchy units;
    private final ModelVisibility visibility;
    private final Messages messages;

    ReportController(
            CurrentOfficial current,
            ReplicationCounts counts,
            MovementSummary summaries,
            SummaryExport export,
            OfficialService officials,
            UnitHierarchy units,
            ModelVisibility visibility,
            Messages messages) {
        this.current = current;
        this.counts = counts;
        this.summaries = summaries;
        this.export = export;
        this.officials = officials;
        this.units = units;
        this.visibility = visibility;
        this.messages = messages;
    }

    /** Models and points per unit below {@code unit} (default: the caller's own unit); also in the summary. */
    @GetMapping("/api/reports/replication")
    ReplicationCounts.Report replication(HttpServletRequest request, @RequestParam(required = false) String unit) {
        Official official = current.of(request);
        AdministrativeUnit u = scope(official, unit);
        if (u == null) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "unit",
                    messages.get("api.param", "unit", messages.get("problem.required")));
        }
        return counts.of(u);
    }

    @GetMapping("/api/reports/summary")
    Summary summary(
            HttpServletRequest request,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String half,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Official official = current.of(request);
        AdministrativeUnit u = scope(official, unit);
        ReportPeriod period = ReportPeriod.of(year, half, from, to, messages);
        return summaries.of(u, period.from(), period.to());
    }

    @GetMapping("/api/reports/summary.xlsx")
    void summaryXlsx(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String half,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to)
            throws IOException {
        Official official = current.of(request);
        Summary s = summary(request, unit, year, half, from, to);
        attachment(response, XLSX, fileName(s, "xlsx"));
        export.xlsx(s, officials.name(official.login()), response.getOutputStream());
    }

    @GetMapping("/api/reports/summary.csv")
    void summaryCsv(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String half,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to)
            throws IOException {
        Summary s = summary(request, unit, year, half, from, to);
        attachment(response, "text/csv;charset=UTF-8", fileName(s, "csv"));
        export.csv(s, response.getOutputStream());
    }

    /** {@code bao-cao-QB-2026-01-01-2026-12-31.xlsx} */
    private static String fileName(Summary s, String extension) {
        return "bao-cao-" + (s.unitCode() == null ? "toan-quoc" : s.unitCode()) + "-" + s.from() + "-" + s.to() + "."
                + extension;
    }

    static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (name.chars().allMatch(c -> c < 128)
                                ? ContentDisposition.attachment().filename(name)
                                : ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * The unit asked for, or the caller's own; {@code null} for the whole country, which only an
     * administrator without a unit is given when none is asked for.
     */
    private AdministrativeUnit scope(Official official, String unit) {
        unit = UserText.normalise(unit);
        if (unit == null || unit.isBlank()) {
            if (official.unit() == null && !official.isAdmin()) {
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "unit",
                        messages.get("api.param", "unit", messages.get("problem.required")));
            }
            return official.unit();
        }
        AdministrativeUnit u = units.find(unit.trim())
                .orElseThrow(() -> new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "unit",
                        messages.get("api.param", "unit", messages.get("api.unknownUnit"))));
        if (!visibility.canSee(official, u)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "unit", messages.get("api.unitOutOfScope"));
        }
        return u;
    }
}
