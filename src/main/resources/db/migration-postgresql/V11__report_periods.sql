-- The supervision reports (GET /api/reports/summary) count each evaluation in the period its
-- indicators cover (date arithmetic differs between H2 and PostgreSQL, hence one file each). Existing cycles get the period the
-- application now records for new ones (Evaluation): from the day after the previous cycle's
-- period (or the approval) to the day before the cycle fell due, or to the report's day when the
-- commune reported earlier; a cycle of an imported registry covers the year up to its evaluation.
alter table model_evaluation add column period_from date;
alter table model_evaluation add column period_to date;
update model_evaluation set period_to = due_on where process_instance_id is null;
update model_evaluation set period_to = least(due_on - 1, coalesce(cast(reported_at as date), due_on - 1))
    where process_instance_id is not null;
update model_evaluation e set period_from = coalesce(
    (select p.period_to + 1 from model_evaluation p where p.model_code = e.model_code and p.cycle_no = e.cycle_no - 1),
    case when e.process_instance_id is null
         then greatest((select cast(m.activated_at as date) from security_model m where m.code = e.model_code),
                       cast(e.due_on - interval '1 year' as date) + 1)
         else (select cast(m.activated_at as date) from security_model m where m.code = e.model_code) end,
    e.period_to);
update model_evaluation set period_to = period_from where period_to < period_from;
alter table model_evaluation alter column period_from set not null;
alter table model_evaluation alter column period_to set not null;
create index idx_evaluation_period on model_evaluation (period_to, model_code);

