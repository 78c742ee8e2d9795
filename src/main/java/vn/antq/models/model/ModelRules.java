package vn.antq.models.model;

import java.time.LocalDate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FormInput;

/**
 * Rules of a model's description that hold wherever it comes from: the proposal form, its revision,
 * a row of an imported registry.
 */
public final class ModelRules {

    public static final int NAME_MAX = 200;
    /** The engine stores a string variable in at most 4,000 characters. */
    public static final int RICH_MAX = 4000;
    /** The founding of the Democratic Republic of Viet Nam: no model is older. */
    static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1945, 9, 2);

    private ModelRules() {}

    /** A model is founded neither in the future nor before 2 September 1945. */
    public static void checkFounded(FormInput in, String field, LocalDate foundedOn) {
        if (foundedOn.isAfter(Clocks.today())) {
            throw in.refuse(field, "problem.inFuture");
        }
        if (foundedOn.isBefore(EARLIEST_FOUNDING)) {
            throw in.refuse(field, "problem.tooOld");
        }
    }
}
