package vn.antq.models.common;

/**
 * Whom a stand-in acted for ("Người làm thay"): the variable local to a task handed over to them, and
 * on the execution from the task's completion until the step after records the decision.
 */
public final class OnBehalf {

    public static final String VARIABLE = "onBehalfOf";

    private OnBehalf() {}
}
