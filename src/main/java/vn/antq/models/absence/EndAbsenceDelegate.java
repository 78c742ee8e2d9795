package vn.antq.models.absence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.security.Absences;

/** "Kết thúc vắng mặt": the day after the last; what the stand-in took stays with them. */
@Component("endAbsence")
public class EndAbsenceDelegate implements JavaDelegate {

    private final Absences absences;

    public EndAbsenceDelegate(Absences absences) {
        this.absences = absences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        absences.ended((Long) execution.getVariable(AbsenceProcess.ABSENCE_ID));
    }
}
