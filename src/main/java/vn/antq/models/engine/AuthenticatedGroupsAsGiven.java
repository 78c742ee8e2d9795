package vn.antq.models.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check the engine narrows the user's groups to the groups that hold
 * any authorization at all, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, once
 * per command. Every process instance here carries read grants for its units (8 rows), so at
 * national scale that is a scan of a million rows before each Tasklist request. The narrowing only
 * shortens the SQL's {@code GROUP_ID_ IN (…)} list (a group without authorizations matches nothing
 * either way), and an official belongs to one or two groups: the groups are used as they come.
 */
@Component
public class AuthenticatedGroupsAsGiven extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new AuthorizationManager() {
                    @Override
                    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
                        return authenticatedGroupIds == null
                                ? new ArrayList<>()
                                : new ArrayList<>(authenticatedGroupIds);
                    }
                };
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
