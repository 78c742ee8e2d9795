package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.common.UserText;
import vn.antq.models.model.Classification;
import vn.antq.models.security.Official;
import vn.antq.models.yearend.WaitingClassifications;
import vn.antq.models.yearend.YearEndRow;
import vn.antq.models.yearend.YearEndSittings;
import vn.antq.models.yearend.YearEndStep;

/**
 * "Xếp loại cuối năm" as its Tasklist form reads it (docs/year-end-api.md): the classifications
 * waiting in the caller's unit, a page at a time with filters; the rows chosen in a sitting, saved
 * as drafts; and what became of each once submitted. Unit, step and sitting come from the login.
 */
@RestController
class YearEndController {

    static final int MAX_PAGE_SIZE = 200;
    /** Rows one save may hold: more than any province waits for in a year. */
    static final int MAX_CHOICES = 20_000;

    private final CurrentOfficial current;
    private final WaitingClassifications waiting;
    private final YearEndSittings sittings;
    private final RegisterLabels labels;
    private final Messages messages;

    YearEndController(
            CurrentOfficial current,
            WaitingClassifications waiting,
            YearEndSittings sittings,
            RegisterLabels labels,
            Messages messages) {
        this.current = current;
        this.waiting = waiting;
        this.sittings = sittings;
        this.labels = labels;
        this.messages = messages;
    }

    /** One page of the waiting classifications that the filters keep, the communes they lie in, and the labels. */
    @GetMapping("/api/year-end/waiting")
    Map<String, Object> waiting(
            HttpServletRequest request,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) Boolean departs,
            @RequestParam(defaultValue = "code") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Official official = current.of(request);
        if (page < 0) {
            throw RegisterFilter.bad("page", "api.badPage", messages);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "size",
                    messages.get("api.param", "size", messages.get("api.badSize", MAX_PAGE_SIZE)));
        }
        WaitingClassifications.Sort order =
                RegisterFilter.choice(WaitingClassifications.Sort.class, sort, "sort", messages);
        List<WaitingClassifications.Row> all = waiting.of(official);
        WaitingClassifications.Page result =
                WaitingClassifications.page(all, filter(text, commune, rule, district, departs), order, page, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", YearEndStep.of(official).map(Enum::name).orElse(null));
        body.put("total", result.total());
        body.put("waiting", all.size());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("rows", result.rows());
        body.put(
                "communes",
                all.stream()
                        .map(r -> Map.of("code", r.communeCode(), "name", r.communeName()))
                        .distinct()
                        .sorted(Comparator.comparing(m -> m.get("name")))
                        .toList());
        return body;
    }

    /** Every row the filters keep, as little of each as "choose all that the filter shows" needs. */
    @GetMapping("/api/year-end/waiting/kept")
    List<Map<String, Object>> kept(
            HttpServletRequest request,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) Boolean departs) {
        Official official = current.of(request);
        return WaitingClassifications.kept(waiting.of(official), filter(text, commune, rule, district, departs))
                .stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("taskId", r.taskId());
                    m.put("modelCode", r.modelCode());
                    m.put("rule", r.rule());
                    m.put("district", r.district());
                    m.put("proposal", r.proposal());
                    return m;
                })
                .toList();
    }

    @GetMapping("/api/year-end/{instanceId}/drafts")
    List<YearEndSittings.Choice> drafts(HttpServletRequest request, @PathVariable String instanceId) {
        Official official = current.of(request);
        openSitting(official, instanceId);
        return sittings.drafts(instanceId).stream()
                .map(r -> new YearEndSittings.Choice(
                        r.getTaskId(), r.getClassification().name(), r.getReason()))
                .toList();
    }

    /** Replaces the sitting's chosen rows; the first bad row is refused by its number and nothing is saved. */
    @PutMapping("/api/year-end/{instanceId}/drafts")
    Map<String, Object> saveDrafts(
            HttpServletRequest request,
            @PathVariable String instanceId,
            @RequestBody List<YearEndSittings.Choice> choices) {
        Official official = current.of(request);
        openSitting(official, instanceId);
        if (choices.size() > MAX_CHOICES) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "choices", messages.get("yearEnd.tooMany", MAX_CHOICES));
        }
        return Map.of("saved", sittings.saveDrafts(official, instanceId, choices));
    }

    /** What became of each submitted row: counts by outcome, and every row that was not classified, with why. */
    @GetMapping("/api/year-end/{instanceId}/outcome")
    Map<String, Object> outcome(HttpServletRequest request, @PathVariable String instanceId) {
        Official official = current.of(request);
        if (!sittings.startedBy(official, instanceId)) {
            throw notYours();
        }
        YearEndSittings.Outcome o = sittings.outcome(instanceId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counts", o.counts());
        body.put(
                "rows",
                o.notDone().stream()
                        .filter(r -> r.getStatus() != YearEndRow.Status.DRAFT)
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("modelCode", r.getModelCode());
                            m.put("classification", r.getClassification());
                            m.put("reason", r.getReason());
                            m.put("status", r.getStatus());
                            m.put("message", r.getMessage());
                            return m;
                        })
                        .toList());
        return body;
    }

    private void openSitting(Official official, String instanceId) {
        if (!sittings.isOpen(official, instanceId)) {
            throw notYours();
        }
    }

    private ApiException notYours() {
        return new ApiException(HttpStatus.NOT_FOUND, "instanceId", messages.get("yearEnd.notYours"));
    }

    private WaitingClassifications.Filter filter(
            String text, String commune, String rule, String district, Boolean departs) {
        String t = UserText.normalise(text);
        if (t != null && t.length() > 200) {
            throw RegisterFilter.bad("text", "api.queryTooLong", messages);
        }
        return new WaitingClassifications.Filter(
                t,
                UserText.normalise(commune),
                RegisterFilter.choice(Classification.class, rule, "rule", messages),
                RegisterFilter.choice(Classification.class, district, "district", messages),
                departs);
    }
}
