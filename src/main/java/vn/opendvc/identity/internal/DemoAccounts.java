package vn.opendvc.identity.internal;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/**
 * Demo accounts, all with the password {@value #PASSWORD}, created when demo data is on (see {@link DemoMode}).
 * Runs after the agency tree is imported ({@code @Order(0)}); an account that already exists is left alone, so a
 * restart creates nothing twice.
 */
@Component
@Order(20)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "Demo@123";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Officer(String username, String name, String agency, Role role, String phone) {
    }

    static final List<Officer> OFFICERS = List.of(
            new Officer("motcua1", "Lê Thị Thu Hà", "DNG-HAICHAU", Role.RECEIVER, "0905111001"),
            new Officer("chuyenvien1", "Phạm Minh Tuấn", "DNG-HAICHAU", Role.SPECIALIST, "0905111002"),
            new Officer("lanhdao1", "Võ Văn Hùng", "DNG-HAICHAU", Role.LEADER, "0905111003"),
            new Officer("motcua2", "Hoàng Thị Mai", "DNG-TTPVHCC", Role.RECEIVER, "0905111004"),
            new Officer("chuyenvien2", "Đặng Quốc Bảo", "DNG-SOTAICHINH", Role.SPECIALIST, "0905111005"),
            new Officer("lanhdao2", "Huỳnh Thị Lan", "DNG-SOTAICHINH", Role.LEADER, "0905111006"),
            new Officer("buudien1", "Ngô Văn Phúc", "DNG-TTPVHCC", Role.AGENT, "0905111007"),
            new Officer("quantri", "Trương Công Minh", "DNG", Role.ADMIN, "0905111008"),
            new Officer("giamsat", "Bùi Thị Hồng", "DNG", Role.MONITOR, "0905111009"));

    private final DemoMode demo;
    private final AccountRegistry registry;
    private final JdbcAccounts accounts;

    DemoAccounts(DemoMode demo, AccountRegistry registry, JdbcAccounts accounts) {
        this.demo = demo;
        this.registry = registry;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isOn()) {
            return;
        }
        try {
            create();
        } catch (RegistrationRejected e) {
            // Someone registered a demo account's number for real: keep their account, start without the demo one.
            log.warn("Demo data: a demo account could not be created: {}", e.getMessage());
        }
    }

    private void create() {
        int created = 0;
        if (absent("congdan1")) {
            registry.register(new CitizenRegistration("congdan1", PASSWORD, "Nguyễn Văn An", "048090001234",
                    "1990-05-12", "0905123456", "nguyenvanan@example.vn"));
            created++;
        }
        if (absent("congdan2")) {
            registry.register(new CitizenRegistration("congdan2", PASSWORD, "Trần Thị Bích Ngọc",
                    "048195004567", "1995-09-23", "0935678901", "tranthibichngoc@example.vn"));
            created++;
        }
        if (absent("doanhnghiep1")) {
            registry.register(new BusinessRegistration("doanhnghiep1", PASSWORD,
                    "Công ty TNHH Thương mại và Dịch vụ Sông Hàn", "0401234567", "02363812345",
                    "lienhe@songhan.example.vn"));
            created++;
        }
        for (Officer o : OFFICERS) {
            if (absent(o.username())) {
                registry.createOfficer(o.username(), PASSWORD, o.name(), o.agency(), Set.of(o.role()), o.phone(),
                        o.username() + "@danang.example.vn");
                created++;
            }
        }
        // The demo citizen and business showed their papers at the desk, so the registries answer for them;
        // congdan2 stays self-declared to show the difference.
        accounts.findByUsername("motcua1").filter(CurrentUser::isOfficer).ifPresent(desk -> {
            registry.verifyInPerson(desk, "048090001234");
            registry.verifyInPerson(desk, "0401234567");
        });
        if (created > 0) {
            log.info("Demo data: {} demo accounts created (see README for their names and password)", created);
        }
    }

    private boolean absent(String username) {
        return !accounts.usernameTaken(username);
    }
}
