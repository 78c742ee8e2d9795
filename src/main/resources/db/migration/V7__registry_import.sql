-- Imports of a province's existing registry (units, officials, models) from a workbook: who, when,
-- how far it got, and its report (counts and refused rows, as JSON), kept as an audit record.
create table registry_import (
    id          varchar(36)     not null primary key,
    imported_by varchar(64)     not null,
    created_at  timestamp       not null,
    file_name   varchar(255),
    dry_run     boolean         not null,
    status      varchar(10)     not null,
    processed   integer         not null,
    total       integer         not null,
    report      varchar(1000000) not null
);
create index idx_registry_import_by on registry_import (imported_by, created_at);

-- The last evaluation a province's registry kept is brought in as a past cycle, run by no process.
alter table model_evaluation alter column process_instance_id drop not null;
