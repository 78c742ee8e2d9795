package vn.antq.models.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * Each server keeps its own copy of the units (UnitHierarchy). A second server's copy is made here
 * the way that server makes it, over the same database: it sees a unit moved on this server once
 * the move is committed and it next checks the registry's number, not before, and never a move
 * that was rolled back.
 */
@PostgresTest
class UnitCopiesTest {

    @Autowired
    UnitHierarchy here;

    @Autowired
    UnitRepository units;

    @Autowired
    UnitProvisioning provisioning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TransactionTemplate tx;

    long version() {
        return jdbc.queryForObject("select version from unit_registry_version where id = 1", Long.class);
    }

    void moveUnder(String code, String parent) {
        units.findById(code).orElseThrow().moveUnder(parent);
        units.flush();
        here.forget(code);
    }

    @Test
    void aUnitMovedOnOneServerIsSeenMovedOnTheOtherOnceCommitted() {
        tx.executeWithoutResult(s -> provisioning.provision(units.findById("QB0295")
                .orElseGet(() -> units.saveAndFlush(
                        new AdministrativeUnit("QB0295", "Xã Hải Phú", UnitLevel.COMMUNE, "QB02", false)))));
        UnitHierarchy other = new UnitHierarchy(units, jdbc, transactions, Duration.ZERO);
        UnitHierarchy rarelyChecking = new UnitHierarchy(units, jdbc, transactions, Duration.ofHours(1));
        assertThat(other.get("QB0295").getParentCode()).isEqualTo("QB02");
        assertThat(rarelyChecking.get("QB0295").getParentCode()).isEqualTo("QB02");
        long before = version();

        tx.executeWithoutResult(s -> {
            moveUnder("QB0295", "QB01");
            assertThat(here.get("QB0295").getParentCode())
                    .as("this server, in its own transaction")
                    .isEqualTo("QB01");
            assertThat(other.get("QB0295").getParentCode())
                    .as("the other, before the commit")
                    .isEqualTo("QB02");
        });
        assertThat(version()).isEqualTo(before + 1);
        assertThat(other.get("QB0295").getParentCode())
                .as("the other, after the commit")
                .isEqualTo("QB01");
        assertThat(other.districtOf(other.get("QB0295")).orElseThrow().getName())
                .isEqualTo("Huyện Lệ Thủy");
        assertThat(rarelyChecking.get("QB0295").getParentCode())
                .as("a copy not yet due to check keeps what it read")
                .isEqualTo("QB02");

        // a move rolled back tells nobody, and leaves this server's copy as the database is
        Throwable failed = catchThrowable(() -> tx.executeWithoutResult(s -> {
            moveUnder("QB0295", "QB02");
            throw new IllegalStateException("the rest of the reorganization failed");
        }));
        assertThat(failed).hasMessage("the rest of the reorganization failed");
        assertThat(version()).isEqualTo(before + 1);
        assertThat(here.get("QB0295").getParentCode()).isEqualTo("QB01");
        assertThat(other.get("QB0295").getParentCode()).isEqualTo("QB01");
    }
}
