package vn.antq.models.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * A fourth commune of Tỉnh Quảng Bình (Xã Vạn Ninh, Huyện Quảng Ninh) with the login commune5,
 * for tests that need three target communes besides the source's own. Created the way an import
 * would create a unit: registry row, then provisioning.
 */
@Component
public class ExtraCommune {

    public static final String CODE = "QB0202";
    public static final String LOGIN = "commune5";

    private final UnitRepository units;
    private final UnitProvisioning provisioning;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    public ExtraCommune(
            UnitRepository units, UnitProvisioning provisioning, IdentityService identity, TransactionTemplate tx) {
        this.units = units;
        this.provisioning = provisioning;
        this.identity = identity;
        this.tx = tx;
    }

    public synchronized void ensure() {
        tx.executeWithoutResult(s -> {
            AdministrativeUnit unit = units.findById(CODE)
                    .orElseGet(() -> units.saveAndFlush(
                            new AdministrativeUnit(CODE, "Xã Vạn Ninh", UnitLevel.COMMUNE, "QB02", false)));
            provisioning.provision(unit);
        });
        if (identity.createUserQuery().userId(LOGIN).count() == 0) {
            User user = identity.newUser(LOGIN);
            user.setFirstName("Giang");
            user.setLastName("Đỗ Thị");
            user.setEmail(LOGIN + "@antq.example");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(LOGIN, CODE);
        }
    }
}
