package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.antq.models.common.Messages;
import vn.antq.models.common.SearchText;
import vn.antq.models.common.UserText;
import vn.antq.models.evaluation.EvaluationRepository;
import vn.antq.models.model.AuditTrail;
import vn.antq.models.model.ModelDecisionRepository;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Official;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/** The registry as the caller may see it (CONTRACT.md). */
@RestController
@Transactional(readOnly = true)
class ModelController {

  static final int MAX_PAGE_SIZE = 100;

  private final ModelRepository models;
  private final ModelDecisionRepository decisions;
  private final EvaluationRepository evaluations;
  private final AuditTrail trail;
  private final ModelVisibility visibility;
  private final UnitHierarchy units;
  private final CurrentOfficial current;
  private final Messages messages;

  ModelController(ModelRepository models, ModelDecisionRepository decisions, EvaluationRepository evaluations,
      AuditTrail trail, ModelVisibility visibility, UnitHierarchy units, CurrentOfficial current, Messages messages) {
    this.trail = trail;
    this.models = models;
    this.decisions = decisions;
    this.evaluations = evaluations;
    this.visibility = visibility;
    this.units = units;
    this.current = current;
    this.messages = messages;
  }

  @GetMapping("/api/models")
  Map<String, Object> list(HttpServletRequest request,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Official official = current.of(request);
    Specification<SecurityModel> spec = visibility.visibleTo(official);
    unit = UserText.normalise(unit);
    q = UserText.normalise(q);
    if (unit != null && !unit.isBlank()) {
      AdministrativeUnit u = units.find(unit.trim())
          .orElseThrow(() -> bad("unit", "api.unknownUnit"));
      if (!visibility.canSee(official, u)) {
        throw new ApiException(HttpStatus.FORBIDDEN, "unit", messages.get("api.unitOutOfScope"));
      }
      spec = spec.and(visibility.under(u));
    }
    if (status != null && !status.isBlank()) {
      ModelStatus s = parse(ModelStatus.class, status, "status");
      spec = spec.and((root, cq, cb) -> cb.equal(root.get("status"), s));
    }
    if (field != null && !field.isBlank()) {
      ModelField f = parse(ModelField.class, field, "field");
      spec = spec.and((root, cq, cb) -> cb.equal(root.get("field"), f));
    }
    if (q != null && !q.isBlank()) {
      if (q.length() > 200) {
        throw bad("q", "api.queryTooLong");
      }
      String folded = "%" + SearchText.fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      spec = spec.and((root, cq, cb) -> cb.or(cb.like(root.get("searchName"), folded, '\\'),
          cb.like(cb.lower(root.get("code")), folded, '\\')));
    }
    if (page < 0) {
      throw bad("page", "api.badPage");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw bad("size", "api.badSize", MAX_PAGE_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw bad("page", "api.pageTooFar");
    }
    Page<SecurityModel> result = models.findAll(spec, PageRequest.of(page, size, Sort.by("code")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", result.getContent().stream().map(ModelViews::summary).toList());
    body.put("page", page);
    body.put("size", size);
    body.put("totalElements", result.getTotalElements());
    body.put("totalPages", result.getTotalPages());
    return body;
  }

  @GetMapping("/api/models/{code}")
  Map<String, Object> one(HttpServletRequest request, @PathVariable("code") String rawCode) {
    Official official = current.of(request);
    String code = UserText.normalise(rawCode);
    // another unit's model answers exactly as a code that does not exist: codes are sequential
    SecurityModel model = models.findById(code).filter(m -> visibility.canSee(official, m))
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, null, messages.get("api.modelNotFound", code)));
    Map<String, Object> detail = ModelViews.detail(model, units.get(model.getUnitCode()),
        decisions.findByModelCodeOrderByDecidedAtAscIdAsc(code), evaluations.findByModelCodeOrderByCycleNo(code),
        models.pointCodes(code));
    detail.put("trail", trail.of(code));
    return detail;
  }

  private <E extends Enum<E>> E parse(Class<E> type, String value, String param) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(param, "api.badChoice");
    }
  }

  private ApiException bad(String param, String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, param, messages.get("api.param", param, messages.get(key, args)));
  }
}
