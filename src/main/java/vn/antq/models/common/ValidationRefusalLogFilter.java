package vn.antq.models.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

/**
 * The engine logs ERROR ENGINE-16004 for every exception that leaves a command, including the
 * validation refusals our listeners throw on purpose. Those are answered to the user with a
 * Vietnamese message; logging them as errors would bury real failures.
 */
public class ValidationRefusalLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null
                || !level.isGreaterOrEqual(Level.WARN)
                || !logger.getName().startsWith("org.camunda.bpm")) {
            return FilterReply.NEUTRAL;
        }
        return isValidationRefusal(t) || isValidationRefusalParam(params) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isValidationRefusalParam(Object[] params) {
        if (params == null) {
            return false;
        }
        for (Object p : params) {
            if (p instanceof Throwable th && isValidationRefusal(th)) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidationRefusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FormFieldValidationException) {
                return true;
            }
        }
        return false;
    }
}
