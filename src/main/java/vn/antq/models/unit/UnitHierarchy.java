package vn.antq.models.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Walks the administrative tree: the district and province above a commune, the units below.
 * Units are read on every task, grant and listing and almost never change, so each is read from the
 * database once; whatever changes a unit's row calls {@link #forget}.
 */
@Service
public class UnitHierarchy {

  private final UnitRepository units;
  private final Map<String, AdministrativeUnit> known = new ConcurrentHashMap<>();

  public UnitHierarchy(UnitRepository units) {
    this.units = units;
  }

  public AdministrativeUnit get(String code) {
    return find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
  }

  public Optional<AdministrativeUnit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    AdministrativeUnit unit = known.get(code);
    if (unit == null) {
      unit = units.findById(code).orElse(null);
      if (unit != null) {
        known.put(code, unit);
      }
    }
    return Optional.ofNullable(unit);
  }

  /** After a unit's row changed (renamed, moved, two-tier switched), or all of them with {@code null}. */
  public void forget(String code) {
    if (code == null) {
      known.clear();
    } else {
      known.remove(code);
    }
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
    return units.subtreeCodes(unit.getCode());
  }

  /** True when {@code unit} is {@code ancestor} or lies below it. */
  public boolean isWithin(AdministrativeUnit unit, AdministrativeUnit ancestor) {
    return chain(unit).stream().anyMatch(u -> u.getCode().equals(ancestor.getCode()));
  }
}
