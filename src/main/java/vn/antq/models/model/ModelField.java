package vn.antq.models.model;

/** The field (lĩnh vực) a model belongs to. Vietnamese labels live in messages.properties. */
public enum ModelField {
    RESIDENTIAL,
    INSTITUTION,
    ETHNIC_RELIGIOUS,
    BORDER,
    FIRE,
    TRAFFIC,
    CRIME_DRUGS,
    REINTEGRATION,
    POLICE_LINK,
    FOREST
}
