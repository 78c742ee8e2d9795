package vn.antq.models.model;

public enum ModelStatus {
    /** Filed by a commune, under review or approval. */
    PROPOSED,
    /** Approved by the province and running. */
    ACTIVE,
    /** Weeded out (thanh loại), automatically or on request. */
    RETIRED,
    /** Proposal refused by the district or the province. */
    REJECTED
}
