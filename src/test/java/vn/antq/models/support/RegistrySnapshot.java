package vn.antq.models.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the registry and the engine hold about one model, read straight from the tables (no
 * JPA cache in between): equal before and after a refused change means the refusal changed nothing.
 *
 * @param model         the model's row: status, name, leader, phone, members, class, retirement, owner, version
 * @param decisions     its decision history
 * @param evaluations   its evaluation cycles
 * @param campaigns     replication campaigns of it, with their targets' answers
 * @param notifications how many notifications name it
 * @param instances     the running process instances under its code
 * @param allModels     every registry entry: no new model or point anywhere
 * @param allInstances  every running process instance: none left behind
 */
public record RegistrySnapshot(
        Map<String, Object> model,
        List<Map<String, Object>> decisions,
        List<Map<String, Object>> evaluations,
        List<Map<String, Object>> campaigns,
        long notifications,
        List<String> instances,
        long allModels,
        long allInstances) {

    public static RegistrySnapshot of(JdbcTemplate jdbc, String modelCode) {
        return new RegistrySnapshot(
                jdbc.queryForMap("""
            select status, name, search_name, leader_name, leader_phone, members, classification, goals, activities,
              retired_reason, retired_at, activated_at, process_instance_id, version
            from security_model where code = ?""", modelCode),
                jdbc.queryForList(
                        "select id, step, outcome, reason, decided_by, process_instance_id from model_decision "
                                + "where model_code = ? order by id",
                        modelCode),
                jdbc.queryForList(
                        "select id, cycle_no, due_on, outcome, final_classification, process_instance_id "
                                + "from model_evaluation where model_code = ? order by id",
                        modelCode),
                jdbc.queryForList("""
            select c.code, c.status, c.process_instance_id, t.unit_code, t.outcome, t.point_code, t.execution_id
            from replication_campaign c left join replication_target t on t.campaign_code = c.code
            where c.source_code = ? order by c.code, t.unit_code""", modelCode),
                jdbc.queryForObject("select count(*) from notification where model_code = ?", Long.class, modelCode),
                jdbc.queryForList(
                        "select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null order by id_",
                        String.class,
                        modelCode),
                jdbc.queryForObject("select count(*) from security_model", Long.class),
                jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Long.class));
    }
}
