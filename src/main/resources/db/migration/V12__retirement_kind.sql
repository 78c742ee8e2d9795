-- The supervision reports count retirements by their kind: by the rule, on request, or (never counted
-- as a retirement of the period) retired in the province's own registry before its import.
alter table security_model add column retired_kind varchar(20);
update security_model set retired_kind = case
    when retired_reason = 'Đã thanh loại theo sổ mô hình của tỉnh trước khi nhập vào hệ thống' then 'REGISTRY'
    when retired_reason like 'Thanh loại theo đề nghị%' then 'REQUEST'
    else 'RULE' end
  where status = 'RETIRED';
create index idx_model_retired on security_model (retired_at);
