package vn.antq.models.common;

/**
 * The process keys and BPMN element ids that the Java names, each written once; {@code ProcessFilesTest}
 * checks every one against {@code processes/}.
 */
public final class ProcessIds {

    // process keys
    public static final String PROPOSAL = "model-proposal";
    public static final String LIFECYCLE = "model-lifecycle";
    public static final String REPLICATION = "model-replication";
    public static final String RETIREMENT_REQUEST = "model-retirement-request";
    public static final String REGISTRY_IMPORT = "registry-import";
    public static final String REORGANIZATION = "unit-reorganization";
    public static final String MAIL_DELIVERY = "mail-delivery";
    public static final String YEAR_END = "year-end-classification";
    public static final String ABSENCE = "official-absence";

    // element ids
    /** model-proposal: the district's review. */
    public static final String REVIEW_BY_DISTRICT = "ReviewByDistrict";
    /** model-proposal: the province's approval. */
    public static final String APPROVE_BY_PROVINCE = "ApproveByProvince";
    /** model-proposal: the commune revises a returned proposal. */
    public static final String REVISE_PROPOSAL = "ReviseProposal";
    /** model-retirement-request: the province's ruling. */
    public static final String DECIDE_RETIREMENT = "DecideRetirement";
    /** model-lifecycle: the commune's report. */
    public static final String REPORT_BY_COMMUNE = "ReportByCommune";
    /** model-lifecycle: the district's assessment. */
    public static final String ASSESS_BY_DISTRICT = "AssessByDistrict";
    /** model-lifecycle: the province's classification. */
    public static final String CLASSIFY_BY_PROVINCE = "ClassifyByProvince";
    /** model-lifecycle: the timer at which an evaluation falls due. */
    public static final String EVALUATION_DUE = "EvaluationDue";
    /** model-lifecycle: the report's deadline passed. */
    public static final String REPORT_OVERDUE = "ReportOverdue";
    /** model-replication: the start event. */
    public static final String REPLICATION_STARTED = "ReplicationStarted";

    /** year-end-classification: the official's list of waiting classifications. */
    public static final String CLASSIFY_WAITING = "ClassifyWaiting";

    private ProcessIds() {}
}
