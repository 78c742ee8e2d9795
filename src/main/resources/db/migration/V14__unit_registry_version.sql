-- Each server keeps the administrative units in memory. A change to a unit's row (a rename, a move,
-- a reorganization) raises this number once it is committed; every server compares it now and then
-- (antq.units.recheck-after) and reads the units again when it has moved.
create table unit_registry_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into unit_registry_version (id, version) values (1, 0);
