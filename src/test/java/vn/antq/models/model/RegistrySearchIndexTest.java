package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.PostgresTest;

/** On PostgreSQL the registry's infix search is served by trigram indexes, not by reading every row. */
@PostgresTest
class RegistrySearchIndexTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nameAndCodeSearchHaveTrigramIndexes() {
        assertThat(jdbc.queryForList(
                        "select indexname from pg_indexes where tablename = 'security_model' and indexdef like '%gin_trgm_ops%'",
                        String.class))
                .containsExactlyInAnyOrder("idx_model_search_trgm", "idx_model_code_trgm");
    }

    @Test
    void theSearchQueryUsesThem() {
        String plan = jdbc.execute((Connection c) -> {
            try (Statement s = c.createStatement()) {
                // a test database is small: ask whether the indexes can serve, not whether they pay yet
                s.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery(
                        "explain select count(*) from security_model where search_name like '%loc thuy%' or lower(code) like '%loc thuy%'")) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                s.execute("reset enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).contains("idx_model_search_trgm").contains("idx_model_code_trgm");
    }
}
