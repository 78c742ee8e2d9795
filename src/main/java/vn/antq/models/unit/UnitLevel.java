package vn.antq.models.unit;

/** Administrative level of a unit (commune, district, province). */
public enum UnitLevel {
    COMMUNE,
    DISTRICT,
    PROVINCE
}
