package vn.antq.models.model;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;

/**
 * Codes that a person can read and say aloud: a series (the province for models and points,
 * {@code NR-} and the province for replication campaigns), the year, and a number within both,
 * e.g. {@code QB-2026-0007}, {@code NR-QB-2026-0002}. The counter row is locked by the caller's
 * transaction, so two proposals never get the same number and a rolled-back proposal gives its
 * number back.
 */
@Service
public class ModelCodeGenerator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    public ModelCodeGenerator(JdbcTemplate jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(tx);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A model's or a point's code: {@code QB-2026-0007}. */
    public String nextModelCode(String provinceCode) {
        return next(provinceCode);
    }

    /** A replication campaign's code: {@code NR-QB-2026-0002} (nhân rộng). */
    public String nextCampaignCode(String provinceCode) {
        return next("NR-" + provinceCode);
    }

    private String next(String series) {
        int year = Clocks.today().getYear();
        ensureCounter(series, year);
        jdbc.update(
                "update code_counter set last_value = last_value + 1 where series = ? and code_year = ?", series, year);
        Integer n = jdbc.queryForObject(
                "select last_value from code_counter where series = ? and code_year = ?", Integer.class, series, year);
        return "%s-%d-%04d".formatted(series, year, n);
    }

    /** The first code of a year creates the counter; that insert must not share the caller's fate. */
    private void ensureCounter(String series, int year) {
        Integer exists = jdbc.queryForObject(
                "select count(*) from code_counter where series = ? and code_year = ?", Integer.class, series, year);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(s -> jdbc.update(
                    "insert into code_counter (series, code_year, last_value) values (?, ?, 0)", series, year));
        } catch (DuplicateKeyException raced) {
            // another proposal created it first: fine
        }
    }
}
