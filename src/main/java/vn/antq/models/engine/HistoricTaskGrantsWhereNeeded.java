package vn.antq.models.engine;

import java.util.Objects;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A candidate group gets two grants on each task: one on the task and one on its history. The
 * history grant adds nothing when the group already reads the whole instance's history, which is
 * true of every proposal, evaluation and retirement task (their units read the instance; see
 * {@link InstanceAccess}): the historic task query admits a task on {@code HISTORIC_PROCESS_INSTANCE}
 * READ as well as on {@code HISTORIC_TASK} READ. For such a group the history grant is not written:
 * one row fewer for each task, for good. A group that does not read the instance (a commune answering
 * a province's replication campaign) keeps it. Users (assignees, owners) keep Camunda's default.
 */
@Component
public class HistoricTaskGrantsWhereNeeded extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
            AuthorizationEntity[] grants = super.createOrUpdateAuthorizations(task, groupId, userId);
            if (grants.length == 2
                    && groupId != null
                    && task.getProcessInstanceId() != null
                    && grants[1].getId() == null // a new row, not a grant the group holds already
                    && grants[1].getResourceType() == Resources.HISTORIC_TASK.resourceType()
                    && readsInstanceHistory(groupId, task.getProcessInstanceId())) {
                return new AuthorizationEntity[] {grants[0]};
            }
            return grants;
        }

        /** The group's read grant on the instance's history, written in this command or before it. */
        private boolean readsInstanceHistory(String groupId, String processInstanceId) {
            DbEntityCache cache =
                    Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            for (AuthorizationEntity a : cache.getEntitiesByType(AuthorizationEntity.class)) {
                if (readsHistory(a, groupId, processInstanceId) && !cache.isDeleted(a)) {
                    return true;
                }
            }
            AuthorizationEntity stored =
                    getGrantAuthorizationByGroupId(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
            return stored != null && !cache.isDeleted(stored) && readsHistory(stored, groupId, processInstanceId);
        }

        private static boolean readsHistory(AuthorizationEntity a, String groupId, String processInstanceId) {
            return a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                    && a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()
                    && Objects.equals(a.getGroupId(), groupId)
                    && Objects.equals(a.getResourceId(), processInstanceId)
                    && a.isPermissionGranted(HistoricProcessInstancePermissions.READ);
        }
    }
}
