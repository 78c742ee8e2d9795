package vn.antq.models.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except the per-change variable details (ACT_HI_DETAIL) and the job log's entries
 * for jobs created or deleted (kept: every run of a job, successful or failed). A form's variables reach
 * the engine before our listeners clean them; with details and form-field records on, the raw submission (script tags,
 * unnormalised text) would be kept in history for good. Each variable's latest, cleaned value stays
 * in ACT_HI_VARINST, and the registry's decision history is the audit trail of content.
 */
@Component
public class HistoryWithoutRawValues extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricFormPropertyEventEntity) {
                    return; // a submitted form's raw values, recorded before validation
                }
                if (event instanceof HistoricJobLogEvent log
                        && log.getState() != JobState.SUCCESSFUL.getStateCode()
                        && log.getState() != JobState.FAILED.getStateCode()) {
                    return; // a timer created or removed unfired: a deadline met in time
                }
                super.handleEvent(event);
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        })));
    }
}
