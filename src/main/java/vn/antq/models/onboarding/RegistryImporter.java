package vn.antq.models.onboarding;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.EvaluationRepository;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelCodeGenerator;
import vn.antq.models.model.ModelDescription;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.onboarding.ImportCheck.Change;
import vn.antq.models.onboarding.ImportCheck.Planned;
import vn.antq.models.security.Privileged;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitRepository;

/**
 * Stores checked rows, a batch per transaction, each row whole or not at all:
 * <ul>
 *   <li>a unit with what a unit needs (its group, grants and "Việc của …" filter);
 *   <li>an official in the identity service, in the unit's group, with no password: they set one
 *       themselves from an e-mailed one-time link ({@link Invitations}; no password ever travels in a file);
 *   <li>a model or point as the registry kept it, its last class as a past evaluation, and, when it
 *       runs, its evaluation cycle from its own dates (the next anniversary of its founding still
 *       ahead), so a province's evaluations spread over the year.
 * </ul>
 */
@Service
public class RegistryImporter {

    private final UnitRepository unitRows;
    private final UnitHierarchy units;
    private final UnitProvisioning provisioning;
    private final IdentityService identity;
    private final ModelRepository models;
    private final ModelCodeGenerator codes;
    private final EvaluationRepository evaluations;
    private final ModelLifecycles lifecycles;
    private final Invitations invitations;
    private final Messages messages;
    private final EntityManager entities;

    public RegistryImporter(
            UnitRepository unitRows,
            UnitHierarchy units,
            UnitProvisioning provisioning,
            IdentityService identity,
            ModelRepository models,
            ModelCodeGenerator codes,
            EvaluationRepository evaluations,
            ModelLifecycles lifecycles,
            Invitations invitations,
            Messages messages,
            EntityManager entities) {
        this.entities = entities;
        this.unitRows = unitRows;
        this.units = units;
        this.provisioning = provisioning;
        this.identity = identity;
        this.models = models;
        this.codes = codes;
        this.evaluations = evaluations;
        this.lifecycles = lifecycles;
        this.invitations = invitations;
        this.messages = messages;
    }

    /**
     * Stores {@code batch} in the caller's transaction. Each row's writes are flushed when it is done
     * and its entities let go: otherwise every query of the rows after it (a free code, the cycle it
     * opens) would first check all the batch's entities for changes, a cost that grows with the square
     * of the batch. Whatever the caller loaded before is let go too: it reads it again to change it.
     */
    @Transactional
    public void store(List<Planned> batch, String importer) {
        for (Planned row : batch) {
            if (row.change() == Change.UNCHANGED) {
                continue;
            }
            switch (row.sheet()) {
                case UNITS -> unit(row);
                case OFFICIALS -> official(row);
                case MODELS -> model(row, importer);
            }
            entities.flush();
            entities.clear();
        }
    }

    private void unit(Planned row) {
        AdministrativeUnit planned = (AdministrativeUnit) row.values().get("unit");
        AdministrativeUnit unit = unitRows.findById(planned.getCode())
                .map(stored -> {
                    stored.rename(planned.getName());
                    return stored;
                })
                .orElse(planned);
        unitRows.saveAndFlush(unit);
        units.forget(unit.getCode());
        Privileged.run(() -> provisioning.provision(unit));
    }

    private void official(Planned row) {
        Map<String, Object> v = row.values();
        String login = (String) v.get("login");
        String fullName = (String) v.get("fullName");
        int space = fullName.lastIndexOf(' ');
        User saved = Privileged.call(() -> {
            User user = identity.createUserQuery().userId(login).singleResult();
            if (user == null) {
                user = identity.newUser(login);
                // a secret nobody is told: the account is closed until its official sets a password from the
                // invitation (the engine cannot check a login that has no password at all)
                user.setPassword(unknowable());
            }
            // Vietnamese order: family and middle names first, the given name last
            user.setFirstName(space < 0 ? fullName : fullName.substring(space + 1));
            user.setLastName(space < 0 ? "" : fullName.substring(0, space));
            user.setEmail((String) v.get("email"));
            identity.saveUser(user);
            String group = (String) v.get("group");
            if (identity.createUserQuery().userId(login).memberOfGroup(group).count() == 0) {
                identity.createMembership(login, group);
            }
            return user;
        });
        if (row.change() == Change.CREATED) {
            invitations.invite(saved, (String) v.get("unitName"));
        }
    }

    private void model(Planned row, String importer) {
        Map<String, Object> v = row.values();
        AdministrativeUnit commune = (AdministrativeUnit) v.get("commune");
        ModelDescription description = new ModelDescription(
                (String) v.get("name"),
                (ModelField) v.get("field"),
                (HostType) v.get("hostType"),
                (String) v.get("decisionNo"),
                (LocalDate) v.get("foundedOn"),
                (String) v.get("leaderName"),
                (String) v.get("leaderPhone"),
                (Long) v.get("members"),
                "",
                "",
                null);
        String hostName = (String) v.get("hostName");
        if (row.change() == Change.UPDATED) {
            models.findById((String) v.get("code")).orElseThrow().correctFromRegistry(description, hostName);
            return;
        }
        String province = units.provinceOf(commune).getCode();
        String code = v.get("code") != null ? (String) v.get("code") : freeCode(province);
        Classification last = (Classification) v.get("lastClassification");
        ModelStatus status = (ModelStatus) v.get("status");
        Instant now = Clocks.now();
        SecurityModel model = SecurityModel.fromRegistry(
                code,
                commune.getCode(),
                province,
                (String) v.get("originCode"),
                description,
                hostName,
                status,
                last,
                importer,
                messages.get("import.retiredBeforeImport"),
                now);
        models.saveAndFlush(model);
        LocalDate lastEvaluatedOn = (LocalDate) v.get("lastEvaluatedOn");
        if (last != null && lastEvaluatedOn != null) {
            // the registry's last evaluation, as a past cycle: reports count it, the retirement rule reads it
            Evaluation past = Evaluation.fromRegistry(code, description.foundedOn(), lastEvaluatedOn);
            past.classify(last, null, SecurityModel.IMPORTED_BY + importer, now);
            evaluations.save(past);
        }
        if (status == ModelStatus.ACTIVE) {
            lifecycles.startCycle(code);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String unknowable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return java.util.Base64.getEncoder().encodeToString(secret);
    }

    /** A generated code no row of the file has taken already. */
    private String freeCode(String province) {
        String code;
        do {
            code = codes.nextModelCode(province);
        } while (models.existsById(code));
        return code;
    }
}
