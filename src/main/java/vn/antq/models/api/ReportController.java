package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.common.UserText;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.replication.ReplicationCounts;
import vn.antq.models.security.Official;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/** Counts for the supervision reports. */
@RestController
class ReportController {

  private final CurrentOfficial current;
  private final ReplicationCounts counts;
  private final UnitHierarchy units;
  private final ModelVisibility visibility;
  private final Messages messages;

  ReportController(CurrentOfficial current, ReplicationCounts counts, UnitHierarchy units, ModelVisibility visibility,
      Messages messages) {
    this.current = current;
    this.counts = counts;
    this.units = units;
    this.visibility = visibility;
    this.messages = messages;
  }

  /** Models and points per unit below {@code unit} (default: the caller's own unit). */
  @GetMapping("/api/reports/replication")
  ReplicationCounts.Report replication(HttpServletRequest request, @RequestParam(required = false) String unit) {
    Official official = current.of(request);
    unit = UserText.normalise(unit);
    String code = unit == null || unit.isBlank() ? (official.unit() == null ? null : official.unit().getCode()) : unit.trim();
    if (code == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unit", messages.get("api.param", "unit", messages.get("problem.required")));
    }
    AdministrativeUnit u = units.find(code).orElseThrow(() ->
        new ApiException(HttpStatus.BAD_REQUEST, "unit", messages.get("api.param", "unit", messages.get("api.unknownUnit"))));
    if (!visibility.canSee(official, u)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "unit", messages.get("api.unitOutOfScope"));
    }
    return counts.of(u);
  }
}
