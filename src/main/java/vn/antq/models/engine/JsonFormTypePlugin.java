package vn.antq.models.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the {@code json} form field type with the engine. */
@Component
public class JsonFormTypePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomFormTypes() == null) {
            configuration.setCustomFormTypes(new ArrayList<>());
        }
        configuration.getCustomFormTypes().add(new JsonFormType());
    }
}
