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

    @Column(name = "dissolved_into")
    private String dissolvedInto;

    @Column(name = "dissolved_on")
    private java.time.LocalDate dissolvedOn;

    protected AdministrativeUnit() {}

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

    /** A reorganization hangs the unit under another parent (its district dissolved, its province merged). */
    public void moveUnder(String parentCode) {
        this.parentCode = parentCode;
    }

    /** The province no longer has a district tier: its communes' work goes straight to it. */
    public void dropDistrictTier() {
        this.twoTier = true;
    }

    /** Dissolved into {@code into} on {@code on}: kept for the history, never offered again. */
    public void dissolveInto(String into, java.time.LocalDate on) {
        this.dissolvedInto = into;
        this.dissolvedOn = on;
    }

    public boolean isDissolved() {
        return dissolvedInto != null;
    }

    public String getDissolvedInto() {
        return dissolvedInto;
    }

    public java.time.LocalDate getDissolvedOn() {
        return dissolvedOn;
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
