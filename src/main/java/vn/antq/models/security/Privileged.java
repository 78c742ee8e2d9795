package vn.antq.models.security;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs application bookkeeping (identity look-ups, authorization grants) that the engine would
 * otherwise check against the user who triggered it. Only for work the application decides, never
 * for anything the user asked for directly.
 */
public final class Privileged {

    private Privileged() {}

    public static <T> T call(Supplier<T> work) {
        CommandContext ctx = Context.getCommandContext();
        if (ctx == null) {
            return work.get();
        }
        Callable<T> c = work::get;
        return ctx.runWithoutAuthorization(c);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
