package vn.antq.models.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Walks the administrative tree: the district and province above a commune, the units below. */
@Service
public class UnitHierarchy {

  private final UnitRepository units;

  public UnitHierarchy(UnitRepository units) {
    this.units = units;
  }

  public AdministrativeUnit get(String code) {
    return units.findById(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
  }

  public Optional<AdministrativeUnit> find(String code) {
    return code == null ? Optional.empty() : units.findById(code);
  }

  /** The district a commune belongs to; empty for a commune of a province with no district tier. */
  public Optional<AdministrativeUnit> districtOf(AdministrativeUnit unit) {
    if (unit.is(UnitLevel.DISTRICT)) {
      return Optional.of(unit);
    }
    if (unit.is(UnitLevel.COMMUNE)) {
      return find(unit.getParentCode()).filter(p -> p.is(UnitLevel.DISTRICT));
    }
    return Optional.empty();
  }

  public AdministrativeUnit provinceOf(AdministrativeUnit unit) {
    AdministrativeUnit u = unit;
    while (!u.is(UnitLevel.PROVINCE)) {
      u = get(u.getParentCode());
    }
    return u;
  }

  /** The unit itself and every unit above it, lowest first. */
  public List<AdministrativeUnit> chain(AdministrativeUnit unit) {
    List<AdministrativeUnit> chain = new ArrayList<>();
    AdministrativeUnit u = unit;
    chain.add(u);
    while (u.getParentCode() != null) {
      u = get(u.getParentCode());
      chain.add(u);
    }
    return chain;
  }

  /** The unit itself and every unit below it. */
  public List<String> subtreeCodes(AdministrativeUnit unit) {
    List<String> codes = new ArrayList<>();
    collect(unit.getCode(), codes);
    return codes;
  }

  private void collect(String code, List<String> into) {
    into.add(code);
    for (AdministrativeUnit child : units.findByParentCode(code)) {
      collect(child.getCode(), into);
    }
  }

  /** True when {@code unit} is {@code ancestor} or lies below it. */
  public boolean isWithin(AdministrativeUnit unit, AdministrativeUnit ancestor) {
    return chain(unit).stream().anyMatch(u -> u.getCode().equals(ancestor.getCode()));
  }
}
