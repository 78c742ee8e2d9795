package vn.antq.models.onboarding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The uploaded file of each import, beside its audit record and never loaded with it: the import's
 * batches read it again after a restart, and what a province imported can always be looked at.
 */
@Repository
class RegistryImportFiles {

    private final JdbcTemplate jdbc;

    RegistryImportFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(String importId, byte[] data) {
        jdbc.update("insert into registry_import_file (import_id, data) values (?, ?)", importId, data);
    }

    byte[] load(String importId) {
        return jdbc.queryForObject("select data from registry_import_file where import_id = ?", byte[].class, importId);
    }
}
