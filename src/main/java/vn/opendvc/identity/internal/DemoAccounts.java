package vn.opendvc.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.DemoMode;

/**
 * Demo accounts, all with the password {@value #PASSWORD}, created only in the demo (see {@link DemoMode}).
 * Runs after the agency tree is imported ({@code @Order(0)}); an account that already exists is left alone, so a
 * restart creates nothing twice.
 * <p>
 * Outside the demo it creates nothing and refuses to start while an enabled demo account still accepts the published
 * password: a database that served the demo (an ADMIN among its accounts) must not go live by accident.
 */
@Component
@Order(20)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "Demo@123";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Officer(String username, String name, String agency, Set<Role> roles, String phone) {

        Officer(String username, String name, String agency, Role role, String phone) {
            this(username, name, agency, Set.of(role), phone);
        }
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
            new Officer("giamsat", "Bùi Thị Hồng", "DNG", Role.MONITOR, "0905111009"),
            // the other two agencies of the birth → residence → health-insurance connected procedure in Hải Châu: one
            // officer each who receives, processes and signs (a small office)
            new Officer("congan1", "Trần Quốc Việt", "DNG-HAICHAU-CONGAN",
                    Set.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER), "0905111010"),
            new Officer("bhxh1", "Nguyễn Thị Kim Oanh", "DNG-BHXHTINH",
                    Set.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER), "0905111011"));

    static final List<String> CLIENTS = List.of("congdan1", "congdan2", "doanhnghiep1");

    private final boolean demo;
    private final AccountRegistry registry;
    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;

    DemoAccounts(Environment environment, AccountRegistry registry, JdbcAccounts accounts, PasswordEncoder passwords) {
        this.demo = DemoMode.on(environment);
        this.registry = registry;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            refuseLeftovers();
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
                registry.createOfficer(o.username(), PASSWORD, o.name(), o.agency(), o.roles(), o.phone(),
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

    private void refuseLeftovers() {
        List<String> open = new ArrayList<>();
        Stream.concat(CLIENTS.stream(), OFFICERS.stream().map(Officer::username)).forEach(username -> accounts
                .byUsername(username)
                .filter(account -> account.enabled() && account.passwordHash() != null
                        && passwords.matches(PASSWORD, account.passwordHash()))
                .ifPresent(account -> open.add(username)));
        if (!open.isEmpty()) {
            throw new IllegalStateException("Not a demo (opendvc.demo is off), yet this database holds demo accounts"
                    + " that accept the published password " + PASSWORD + ": " + open + ". Start the demo with"
                    + " OPENDVC_DEMO=true, or use a database that never served the demo.");
        }
    }

    private boolean absent(String username) {
        return !accounts.usernameTaken(username);
    }
}
