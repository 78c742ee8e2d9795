package vn.antq.models.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMigrationPlanCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;

/**
 * Inside the engine, whichever way a call comes in: starting a process anywhere but at its start
 * event, modifying a running instance, restarting or migrating instances is for administrators
 * only. The engine itself asks no more than CREATE_INSTANCE to start at any activity, which every
 * official who may propose a model holds. The application's own work (no user, or authorization
 * checks off) is not affected; it never does any of this.
 */
@Component
public class AdminOnlyCommands extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> ADMIN_ONLY = List.of(
            StartProcessInstanceAtActivitiesCmd.class,
            AbstractModificationCmd.class,
            ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class,
            AbstractMigrationCmd.class,
            CreateMigrationPlanCmd.class);

    private final Messages messages;

    public AdminOnlyCommands(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> txRequired = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        txRequired.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequired(txRequired);
        List<CommandInterceptor> requiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
        requiresNew.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
    }

    static boolean adminOnly(Command<?> command) {
        for (Class<?> type : ADMIN_ONLY) {
            if (type.isInstance(command)) {
                return true;
            }
        }
        return false;
    }

    private final class Guard extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (adminOnly(command)) {
                CommandContext ctx = Context.getCommandContext();
                Authentication user = ctx == null ? null : ctx.getAuthentication();
                if (user != null
                        && user.getUserId() != null
                        && ctx.isAuthorizationCheckEnabled()
                        && !ctx.getAuthorizationManager().isCamundaAdmin(user)) {
                    throw new AuthorizationException(messages.get("engine.adminOnly"));
                }
            }
            return next.execute(command);
        }
    }
}
