-- The uploaded file of each import, kept with its audit record: the import's batches read it again
-- after a restart, and what was imported can always be shown.
create table registry_import_file (
    import_id varchar(36) not null primary key references registry_import (id),
    data      blob        not null
);
