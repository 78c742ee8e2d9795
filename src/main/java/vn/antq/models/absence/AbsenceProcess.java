package vn.antq.models.absence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.security.Absence;
import vn.antq.models.security.Absences;
import vn.antq.models.security.AsApplication;
import vn.antq.models.security.Official;

/**
 * An absence as the process "Vắng mặt, có người làm thay" runs it: from its first day the absent
 * official's tasks go to the stand-in, on the day after its last it ends, and Cockpit shows each one
 * with its dates. A new record replaces the one not yet over, whose instance is cancelled; an absence
 * ended early cancels its instance too. Tasks the stand-in took stay with them either way.
 */
@Service
public class AbsenceProcess {

    static final String ABSENCE_ID = "absenceId";

    private final Absences absences;
    private final RuntimeService runtime;
    private final AsApplication asApplication;
    private final Messages messages;

    public AbsenceProcess(Absences absences, RuntimeService runtime, AsApplication asApplication, Messages messages) {
        this.absences = absences;
        this.runtime = runtime;
        this.asApplication =
                asApplication; // the instance is the application's bookkeeping, not the official's own process
        this.messages = messages;
    }

    @Transactional
    public Absence record(Official official, LocalDate from, LocalDate to, String standIn) {
        Optional<Absence> before = absences.of(official.login());
        Absence absence = absences.record(official, from, to, standIn);
        before.ifPresent(b -> cancel(b, messages.get("absence.replaced")));
        String instance = asApplication.call(() -> runtime.startProcessInstanceByKey(
                        ProcessIds.ABSENCE,
                        official.login(),
                        Map.of(
                                ABSENCE_ID,
                                absence.getId(),
                                "absentLogin",
                                official.login(),
                                "standIn",
                                absence.getStandIn(),
                                "startsAt",
                                Clocks.at(absence.getStartsOn(), LocalTime.MIDNIGHT),
                                "endsAt",
                                Clocks.at(absence.getEndsOn().plusDays(1), LocalTime.MIDNIGHT)))
                .getId());
        absence.runsIn(instance);
        return absence;
    }

    @Transactional
    public Optional<Absence> end(Official official) {
        Optional<Absence> ended = absences.end(official);
        ended.ifPresent(a -> cancel(a, messages.get("absence.endedEarly")));
        return ended;
    }

    private void cancel(Absence a, String why) {
        if (a.getProcessInstanceId() != null) {
            asApplication.call(() -> {
                if (runtime.createProcessInstanceQuery()
                                .processInstanceId(a.getProcessInstanceId())
                                .count()
                        > 0) {
                    runtime.deleteProcessInstance(a.getProcessInstanceId(), why);
                }
                return null;
            });
        }
    }
}
