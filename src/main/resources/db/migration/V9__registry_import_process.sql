-- A registry import runs as the process "Nhập sổ mô hình": the instance that stores it, and the
-- province its importer may import into (null: an administrator, anywhere), fixed at upload from
-- the login, as a re-check after a restart must use the same scope.
alter table registry_import add column process_instance_id varchar(64);
alter table registry_import add column scope_province varchar(20);
alter table registry_import add column csv_sheet varchar(20);
create unique index idx_registry_import_process on registry_import (process_instance_id);
