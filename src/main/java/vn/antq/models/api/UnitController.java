package vn.antq.models.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

@RestController
class UnitController {

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record UnitView(
            String code,
            String name,
            UnitLevel level,
            String parentCode,
            boolean twoTier,
            String dissolvedInto,
            java.time.LocalDate dissolvedOn) {
        static UnitView of(AdministrativeUnit u) {
            return new UnitView(
                    u.getCode(),
                    u.getName(),
                    u.getLevel(),
                    u.getParentCode(),
                    u.isTwoTier(),
                    u.getDissolvedInto(),
                    u.getDissolvedOn());
        }
    }

    private final UnitRepository units;

    UnitController(UnitRepository units) {
        this.units = units;
    }

    /** The units in service; with {@code all=true} also those dissolved by a reorganization (with where they went). */
    @GetMapping("/api/units")
    List<UnitView> units(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean all) {
        return units.findAllByOrderByCode().stream()
                .filter(u -> all || !u.isDissolved())
                .map(UnitView::of)
                .toList();
    }
}
