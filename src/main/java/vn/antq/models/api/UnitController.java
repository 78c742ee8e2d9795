package vn.antq.models.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

@RestController
class UnitController {

  record UnitView(String code, String name, UnitLevel level, String parentCode, boolean twoTier) {
    static UnitView of(AdministrativeUnit u) {
      return new UnitView(u.getCode(), u.getName(), u.getLevel(), u.getParentCode(), u.isTwoTier());
    }
  }

  private final UnitRepository units;

  UnitController(UnitRepository units) {
    this.units = units;
  }

  @GetMapping("/api/units")
  List<UnitView> units() {
    return units.findAllByOrderByCode().stream().map(UnitView::of).toList();
  }
}
