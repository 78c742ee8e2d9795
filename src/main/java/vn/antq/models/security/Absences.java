package vn.antq.models.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.Messages;

/**
 * Who stands in for whom today. An official records their own absence (from, to, a stand-in of the
 * same unit, from their login); while it is in force, whoever would give them a task or a reminder
 * asks here first. One hop only: a stand-in who is away too is still the one named.
 */
@Service
public class Absences {

    /** The longest absence one record may cover. */
    static final int MAX_DAYS = 366;

    private final AbsenceRepository absences;
    private final OfficialService officials;
    private final Messages messages;
    private final AsApplication asApplication;

    public Absences(
            AbsenceRepository absences, OfficialService officials, Messages messages, AsApplication asApplication) {
        this.asApplication = asApplication;
        this.absences = absences;
        this.officials = officials;
        this.messages = messages;
    }

    /** The official standing in for {@code login} today, if {@code login} is away. */
    public Optional<String> standInFor(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return absences.inForce(List.of(login), Clocks.today()).stream()
                .findFirst()
                .map(Absence::getStandIn);
    }

    /** Each of {@code logins} as who should be told today: the stand-in of one who is away, in order, once each. */
    public List<String> present(Collection<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        Map<String, String> standIns = new LinkedHashMap<>();
        absences.inForce(logins, Clocks.today()).forEach(a -> standIns.putIfAbsent(a.getLogin(), a.getStandIn()));
        return logins.stream().map(l -> standIns.getOrDefault(l, l)).distinct().toList();
    }

    /** Who may stand in for {@code official}: the other acting officials of their unit, by login. */
    public List<Official> colleagues(Official official) {
        if (official.unit() == null) {
            return List.of();
        }
        return asApplication.call(() -> officials.membersOf(official.unit().getCode())).stream()
                .filter(login -> !login.equals(official.login()))
                .map(login -> asApplication.call(() -> officials.byLogin(login)))
                .filter(o -> o.unit() != null
                        && o.unit().getCode().equals(official.unit().getCode())
                        && o.acts())
                .toList();
    }

    /** Whether {@code standIn} was ever named to stand in for {@code absent}. */
    public boolean stoodIn(String standIn, String absent) {
        return absences.everStoodIn(absent, standIn);
    }

    /** The official's absence now or to come, if any. */
    public Optional<Absence> of(String login) {
        return absences.notOver(login, Clocks.today()).stream().findFirst();
    }

    /**
     * Records {@code official}'s absence from {@code from} to {@code to} with {@code standIn}, in place
     * of one not yet over; each part refused by its field when it does not hold.
     */
    @Transactional
    public Absence record(Official official, LocalDate from, LocalDate to, String standIn) {
        if (official.unit() == null || !official.acts()) {
            throw refused("standIn", "problem.absenceNoUnit");
        }
        LocalDate today = Clocks.today();
        if (from == null) {
            throw refused("from", "problem.required");
        }
        if (to == null) {
            throw refused("to", "problem.required");
        }
        if (to.isBefore(from)) {
            throw refused("to", "problem.absenceEndsBeforeStart");
        }
        if (to.isBefore(today)) {
            throw refused("to", "problem.absenceOver");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to) || today.plusDays(MAX_DAYS).isBefore(from)) {
            throw refused("to", "problem.absenceTooLong", MAX_DAYS);
        }
        if (standIn == null || standIn.isBlank()) {
            throw refused("standIn", "problem.required");
        }
        if (standIn.equals(official.login())) {
            throw refused("standIn", "problem.absenceSelf");
        }
        Official other = asApplication.call(() -> officials.find(standIn)).orElse(null);
        if (other == null
                || other.unit() == null
                || !other.unit().getCode().equals(official.unit().getCode())
                || !other.acts()) {
            throw refused("standIn", "problem.absenceNotColleague");
        }
        absences.notOver(official.login(), today).forEach(a -> a.end(Clocks.now()));
        return absences.save(new Absence(
                official.login(),
                standIn,
                official.unit().getCode(),
                from.isBefore(today) ? today : from,
                to,
                Clocks.now()));
    }

    /** Ends the official's absence now or to come; the tasks their stand-in took stay with them. */
    @Transactional
    public Optional<Absence> end(Official official) {
        List<Absence> open = absences.notOver(official.login(), Clocks.today());
        open.forEach(a -> a.end(Clocks.now()));
        return open.stream().findFirst();
    }

    @Transactional
    public void ended(Long id) {
        absences.findById(id).ifPresent(a -> {
            if (a.getEndedAt() == null) {
                a.end(Clocks.now());
            }
        });
    }

    public Optional<Absence> byId(Long id) {
        return absences.findById(id);
    }

    private FieldRefusal refused(String field, String problem, Object... args) {
        return new FieldRefusal(field, messages.refusal(field, problem, args));
    }
}
