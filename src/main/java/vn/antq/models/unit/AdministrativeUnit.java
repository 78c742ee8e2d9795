package vn.antq.models.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.antq.models.common.SearchText;

/**
 * A commune, district or province. Its code is also the id of the Camunda group whose members act
 * for it (see {@link UnitGroups}).
 */
@Entity
@Table(name = "admin_unit")
public class AdministrativeUnit {

  @Id
  private String code;

  private String name;

  @Column(name = "search_name")
  private String searchName;

  @Enumerated(EnumType.STRING)
  private UnitLevel level;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(name = "two_tier")
  private boolean twoTier;

  protected AdministrativeUnit() {
  }

  public AdministrativeUnit(String code, String name, UnitLevel level, String parentCode, boolean twoTier) {
    this.code = code;
    this.name = name;
    this.searchName = SearchText.fold(name);
    this.level = level;
    this.parentCode = parentCode;
    this.twoTier = twoTier;
  }

  /** A registry import names the unit anew ("Xã" became "Phường"); callers then {@link UnitHierarchy#forget} it. */
  public void rename(String name) {
    this.name = name;
    this.searchName = SearchText.fold(name);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  /** A province with no district tier: its communes' work goes straight to the province. */
  public boolean isTwoTier() {
    return twoTier;
  }

  public boolean is(UnitLevel l) {
    return level == l;
  }
}
