package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.reorganization.UnitReorganization;
import vn.antq.models.security.Official;

/** Reorganizing units (CONTRACT.md "Unit reorganization"): administrators only, a dry run unless told otherwise. */
@RestController
class ReorganizationController {

    record MergeRequest(List<String> from, String into, Boolean dryRun, String decree) {}

    record DropTierRequest(Boolean dryRun, String decree) {}

    private final CurrentOfficial current;
    private final UnitReorganization reorganization;
    private final Messages messages;

    ReorganizationController(CurrentOfficial current, UnitReorganization reorganization, Messages messages) {
        this.current = current;
        this.reorganization = reorganization;
        this.messages = messages;
    }

    @PostMapping(path = "/api/admin/units/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    UnitReorganization.Moved merge(HttpServletRequest request, @RequestBody MergeRequest body) {
        Official admin = admin(request);
        try {
            return reorganization.merge(
                    body.from(),
                    body.into(),
                    body.dryRun() == null || body.dryRun(),
                    admin.login(),
                    vn.antq.models.common.UserText.normalise(body.decree()));
        } catch (UnitReorganization.Refused e) {
            throw refused(e);
        }
    }

    @PostMapping(path = "/api/admin/units/{province}/drop-district-tier", consumes = MediaType.APPLICATION_JSON_VALUE)
    UnitReorganization.Moved dropDistrictTier(
            HttpServletRequest request,
            @PathVariable String province,
            @RequestBody(required = false) DropTierRequest body) {
        Official admin = admin(request);
        try {
            return reorganization.dropDistrictTier(
                    province,
                    body == null || body.dryRun() == null || body.dryRun(),
                    admin.login(),
                    body == null ? null : vn.antq.models.common.UserText.normalise(body.decree()));
        } catch (UnitReorganization.Refused e) {
            throw refused(e);
        }
    }

    private ApiException refused(UnitReorganization.Refused e) {
        return new ApiException(
                HttpStatus.BAD_REQUEST, e.field(), messages.get("api.param", e.field(), e.getMessage()));
    }

    private Official admin(HttpServletRequest request) {
        Official official = current.of(request);
        if (!official.isAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, null, messages.get("api.adminOnly"));
        }
        return official;
    }
}
