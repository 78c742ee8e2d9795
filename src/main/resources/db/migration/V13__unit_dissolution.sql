-- A unit dissolved by a reorganization (the 2025 mergers, a dropped district tier): kept for the
-- history of the models that were there, never offered again; its work, officials and models now
-- belong to the unit it went into.
alter table admin_unit add column dissolved_into varchar(20) references admin_unit (code);
alter table admin_unit add column dissolved_on date;
