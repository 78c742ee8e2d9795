package vn.antq.models.unit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the administrative tree: the district and province above a commune, the units below.
 * Units are read on every task, grant and listing and almost never change, so each is read from the
 * database once; whatever changes a unit's row calls {@link #forget}.
 *
 * <p>Every server of an installation keeps its own copy. {@link #forget} also raises the number in
 * {@code unit_registry_version} once the change is committed; each server reads that number at
 * most once per {@code antq.units.recheck-after} and forgets its copy when it has moved, so a
 * reorganization made on one server reaches the others within that time. The copy is a Caffeine
 * cache, bounded ({@value #MAX_UNITS} units: the country has about 4,000) and expiring each unit
 * after {@code antq.units.expire-after} (PT1H), so even a change made beside the application, in the
 * database itself, is seen within the hour. (Spring's {@code @Cacheable} would not serve the calls
 * this class makes to itself while it walks the tree.)
 */
@Service
public class UnitHierarchy {

    private static final String SYNCHRONIZED = UnitHierarchy.class.getName() + ".bumpAfterCommit";

    private final UnitRepository units;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final long recheckNanos;
    static final int MAX_UNITS = 20_000;

    private final Cache<String, AdministrativeUnit> known;
    private final AtomicLong checkedAt = new AtomicLong(System.nanoTime());
    private volatile long seenVersion = -1;

    /** A copy whose units expire after an hour. */
    public UnitHierarchy(
            UnitRepository units, JdbcTemplate jdbc, PlatformTransactionManager transactions, Duration recheckAfter) {
        this(units, jdbc, transactions, recheckAfter, Duration.ofHours(1));
    }

    @Autowired
    public UnitHierarchy(
            UnitRepository units,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${antq.units.recheck-after:PT10S}") Duration recheckAfter,
            @Value("${antq.units.expire-after:PT1H}") Duration expireAfter) {
        this.units = units;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.recheckNanos = recheckAfter.toNanos();
        this.known = Caffeine.newBuilder()
                .maximumSize(MAX_UNITS)
                .expireAfterWrite(expireAfter)
                .build();
    }

    public AdministrativeUnit get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
    }

    public Optional<AdministrativeUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        recheck();
        // an unknown code is not kept: it is asked again, and found once it exists
        return Optional.ofNullable(known.get(code, c -> units.findById(c).orElse(null)));
    }

    /**
     * After a unit's row changed (renamed, moved, two-tier switched, dissolved), or all of them with
     * {@code null}. Inside a transaction the copy is forgotten now (the transaction reads its own
     * change) and again when it ends (another request may have read the old row meanwhile), and the
     * other servers are told once it is committed.
     */
    public void forget(String code) {
        if (code == null) {
            known.invalidateAll();
        } else {
            known.invalidate(code);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tellOtherServers();
        } else if (!TransactionSynchronizationManager.hasResource(SYNCHRONIZED)) {
            TransactionSynchronizationManager.bindResource(SYNCHRONIZED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tellOtherServers();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SYNCHRONIZED);
                    known.invalidateAll();
                }
            });
        }
    }

    private void tellOtherServers() {
        // after a commit the finished transaction's resources are still bound: the update needs one of its own
        ownTransaction.executeWithoutResult(
                s -> jdbc.update("update unit_registry_version set version = version + 1 where id = 1"));
    }

    /** At most once per recheck interval: has a unit changed on another server? */
    private void recheck() {
        long last = checkedAt.get();
        long now = System.nanoTime();
        if (now - last < recheckNanos || !checkedAt.compareAndSet(last, now)) {
            return;
        }
        Long version;
        try {
            version = jdbc.queryForObject("select version from unit_registry_version where id = 1", Long.class);
        } catch (org.springframework.dao.DataAccessException e) {
            checkedAt.set(last); // the caller's transaction cannot read now (it failed): the next call asks again
            return;
        }
        if (version != null && version != seenVersion) {
            known.invalidateAll(); // the first time too: what was read before the first check may be older than the
            // number
            seenVersion = version;
        }
    }

    /** The district a commune belongs to; empty for a commune of a province with no district tier. */
    public Optional<AdministrativeUnit> districtOf(AdministrativeUnit unit) {
        if (unit.is(UnitLevel.DISTRICT)) {
            return Optional.of(unit);
        }
        if (unit.is(UnitLevel.COMMUNE)) {
            return find(unit.getParentCode()).filter(p -> p.is(UnitLevel.DISTRICT));
        }
        return Optional.empty();
    }

    public AdministrativeUnit provinceOf(AdministrativeUnit unit) {
        AdministrativeUnit u = unit;
        while (!u.is(UnitLevel.PROVINCE)) {
            u = get(u.getParentCode());
        }
        return u;
    }

    /** The unit itself and every unit above it, lowest first. */
    public List<AdministrativeUnit> chain(AdministrativeUnit unit) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        AdministrativeUnit u = unit;
        chain.add(u);
        while (u.getParentCode() != null) {
            u = get(u.getParentCode());
            chain.add(u);
        }
        return chain;
    }

    /** The unit itself and every unit below it. */
    public List<String> subtreeCodes(AdministrativeUnit unit) {
        return units.subtreeCodes(unit.getCode());
    }

    /** True when {@code unit} is {@code ancestor} or lies below it. */
    public boolean isWithin(AdministrativeUnit unit, AdministrativeUnit ancestor) {
        return chain(unit).stream().anyMatch(u -> u.getCode().equals(ancestor.getCode()));
    }
}
