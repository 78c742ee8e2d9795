package vn.antq.models.model;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;

/**
 * Model codes that a person can read and say aloud: province code, year, number within the
 * province and year, e.g. {@code QB-2026-0007}. The counter row is locked by the caller's
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

  public String next(String provinceCode) {
    int year = Clocks.today().getYear();
    ensureCounter(provinceCode, year);
    jdbc.update("update model_code_counter set last_value = last_value + 1 where province_code = ? and code_year = ?",
        provinceCode, year);
    Integer n = jdbc.queryForObject("select last_value from model_code_counter where province_code = ? and code_year = ?",
        Integer.class, provinceCode, year);
    return "%s-%d-%04d".formatted(provinceCode, year, n);
  }

  /** The first code of a year creates the counter; that insert must not share the caller's fate. */
  private void ensureCounter(String provinceCode, int year) {
    Integer exists = jdbc.queryForObject(
        "select count(*) from model_code_counter where province_code = ? and code_year = ?", Integer.class,
        provinceCode, year);
    if (exists != null && exists > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(s -> jdbc.update(
          "insert into model_code_counter (province_code, code_year, last_value) values (?, ?, 0)", provinceCode, year));
    } catch (DuplicateKeyException raced) {
      // another proposal created it first: fine
    }
  }
}
