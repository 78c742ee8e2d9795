-- The place a model runs at, by name ("Trường THPT Lệ Thủy", "Giáo xứ Tam Tòa"): registries kept in
-- spreadsheets name it; the proposal form names only its kind (host_type).
alter table security_model add column host_name varchar(200);
