package vn.antq.models.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow down whoever sends them, never lock an account for good. Failures are
 * counted three ways: per client address and login (one attacker on one account), per address
 * (one attacker trying many logins; generous, as a whole office may share one address) and per
 * login (many addresses on one account). After a few free failures each further one makes its key wait twice as long as the last, from
 * {@code first-delay} up to {@code max-delay}; while a key waits, its logins are answered 429
 * without the password being checked. So an official locked out by someone else's guessing gets
 * in again at most {@code max-delay} after the last wrong attempt — from another address at once,
 * unless the guessing comes from many addresses. Counts are forgotten {@code forget-after} after
 * the last failure, and a success clears its login's counts. Kept in memory on each node: a second
 * node gives an attacker twice the attempts, not more.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    /** How many failures each key lets through before it starts to wait. */
    enum Key {
        ADDRESS_AND_LOGIN(1),
        ADDRESS(20),
        LOGIN(8);

        final int freeTimesBase;

        Key(int freeTimesBase) {
            this.freeTimesBase = freeTimesBase;
        }
    }

    /** One key's failures: how many, when the last was, until when it waits. */
    public record Failures(String key, int count, Instant last, Instant waitUntil) {}

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Cache<String, Failures> failures;

    public LoginThrottle(
            @Value("${antq.login.free-failures:3}") int freeFailures,
            @Value("${antq.login.first-delay:PT2S}") Duration firstDelay,
            @Value("${antq.login.max-delay:PT5M}") Duration maxDelay,
            @Value("${antq.login.forget-after:PT30M}") Duration forgetAfter) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        // the engine's clock, so that tests move time instead of waiting for it
        Ticker engineClock = () -> ClockUtil.getCurrentTime().getTime() * 1_000_000L;
        this.failures = Caffeine.newBuilder()
                .ticker(engineClock)
                .expireAfterWrite(forgetAfter)
                .maximumSize(100_000)
                .build();
    }

    /** How long this caller must wait before the password of this login is checked again; zero if not at all. */
    public Duration waitFor(String login, String address) {
        Instant now = now();
        Duration longest = Duration.ZERO;
        for (Key key : Key.values()) {
            Failures f = failures.getIfPresent(id(key, login, address));
            if (f != null && f.waitUntil() != null && f.waitUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.waitUntil());
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest;
    }

    public void failed(String login, String address) {
        Instant now = now();
        for (Key key : Key.values()) {
            String id = id(key, login, address);
            Failures before = failures.getIfPresent(id);
            int count = before == null ? 1 : before.count() + 1;
            int free = freeFailures * key.freeTimesBase;
            Instant waitUntil = count > free ? now.plus(delay(count - free)) : null;
            failures.put(id, new Failures(id, count, now, waitUntil));
            if (waitUntil != null) {
                LOG.warn(
                        "Login '{}' from {}: {} failed attempts ({}), next attempt not before {}",
                        login,
                        address,
                        count,
                        key,
                        waitUntil);
            }
        }
    }

    public void succeeded(String login, String address) {
        failures.invalidate(id(Key.ADDRESS_AND_LOGIN, login, address));
        failures.invalidate(id(Key.LOGIN, login, address));
    }

    /** Every key now counting failures, the most recent first: for administrators. */
    public List<Failures> current() {
        List<Failures> all = new ArrayList<>(failures.asMap().values());
        all.sort(Comparator.comparing(Failures::last).reversed());
        return all;
    }

    /** Drops what has been forgotten (the cache does so lazily otherwise). */
    void cleanUp() {
        failures.cleanUp();
    }

    /** firstDelay, doubled for each failure beyond the free ones, at most maxDelay. */
    Duration delay(int beyondFree) {
        Duration d = firstDelay;
        for (int i = 1; i < beyondFree && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private static String id(Key key, String login, String address) {
        return switch (key) {
            case ADDRESS_AND_LOGIN -> "address+login " + address + " " + login;
            case ADDRESS -> "address " + address;
            case LOGIN -> "login " + login;
        };
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static Map<String, Object> describe(Failures f) {
        return Map.of(
                "key",
                f.key(),
                "failures",
                f.count(),
                "lastFailure",
                f.last().toString(),
                "waitUntil",
                f.waitUntil() == null ? "" : f.waitUntil().toString());
    }
}
