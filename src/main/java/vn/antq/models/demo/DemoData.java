package vn.antq.models.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * The demo units and logins of CONTRACT.md, created once after deployment; a second start finds
 * them and adds nothing. Only in the demo profile: production has no demo passwords.
 */
@Component
@Profile("demo")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    private record DemoUser(String login, String firstName, String lastName, String group) {}

    private static final List<AdministrativeUnit> UNITS = List.of(
            new AdministrativeUnit("QB", "Tỉnh Quảng Bình", UnitLevel.PROVINCE, null, false),
            new AdministrativeUnit("QB01", "Huyện Lệ Thủy", UnitLevel.DISTRICT, "QB", false),
            new AdministrativeUnit("QB02", "Huyện Quảng Ninh", UnitLevel.DISTRICT, "QB", false),
            new AdministrativeUnit("QB0101", "Xã Lộc Thủy", UnitLevel.COMMUNE, "QB01", false),
            new AdministrativeUnit("QB0102", "Xã Phong Thủy", UnitLevel.COMMUNE, "QB01", false),
            new AdministrativeUnit("QB0201", "Xã Gia Ninh", UnitLevel.COMMUNE, "QB02", false),
            new AdministrativeUnit("QT", "Tỉnh Quảng Trị", UnitLevel.PROVINCE, null, true),
            new AdministrativeUnit("QT0001", "Xã Cửa Tùng", UnitLevel.COMMUNE, "QT", false));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("commune1", "An", "Nguyễn Văn", "QB0101"),
            new DemoUser("commune2", "Bình", "Trần Thị", "QB0102"),
            new DemoUser("commune3", "Cường", "Lê Văn", "QB0201"),
            new DemoUser("commune4", "Dung", "Phạm Thị", "QT0001"),
            new DemoUser("district1", "Đức", "Hoàng Minh", "QB01"),
            new DemoUser("district2", "Hạnh", "Võ Thị", "QB02"),
            new DemoUser("province1", "Huy", "Đặng Quốc", "QB"),
            new DemoUser("province2", "Lan", "Bùi Thị", "QT"),
            new DemoUser("supervisor", "Khánh", "Ngô Văn", UnitGroups.supervisionGroup("QB")));

    private final UnitRepository units;
    private final UnitProvisioning provisioning;
    private final IdentityService identity;

    public DemoData(UnitRepository units, UnitProvisioning provisioning, IdentityService identity) {
        this.units = units;
        this.provisioning = provisioning;
        this.identity = identity;
    }

    @EventListener
    @Transactional
    public void onDeployed(PostDeployEvent event) {
        for (AdministrativeUnit unit : UNITS) {
            AdministrativeUnit stored = units.findById(unit.getCode()).orElseGet(() -> units.saveAndFlush(unit));
            provisioning.provision(stored);
        }
        int created = 0;
        for (DemoUser u : USERS) {
            if (identity.createUserQuery().userId(u.login()).count() == 0) {
                User user = identity.newUser(u.login());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.login() + "@antq.example");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(u.login(), u.group());
                created++;
            }
        }
        LOG.info(
                "Demo data ready: {} units, {} logins ({} new), password '{}'",
                UNITS.size(),
                USERS.size(),
                created,
                PASSWORD);
    }
}
