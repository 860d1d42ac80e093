package vn.opendvc.identity.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.Role;

/**
 * The first ADMIN of a new installation: when no enabled account holds the ADMIN role, one is created, named
 * {@code opendvc.admin.username}, with the password of {@code OPENDVC_ADMIN_PASSWORD} or, when that is unset, a
 * random one printed once in the log (nowhere else: it is not stored in clear). Runs after the demo accounts, so the
 * demo keeps its own ADMIN and gets no other. When several nodes start at once on one database, the first insert
 * wins; the others print nothing.
 */
@Component
@Order(21)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;

    private final AccountRegistry registry;
    private final JdbcAccounts accounts;
    private final String username;
    private final String agency;
    private final String password;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(AccountRegistry registry, JdbcAccounts accounts,
            @Value("${opendvc.admin.username:admin}") String username,
            @Value("${opendvc.admin.agency:DNG}") String agency,
            @Value("${opendvc.admin.password:}") String password) {
        this.registry = registry;
        this.accounts = accounts;
        this.username = username;
        this.agency = agency;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyEnabledWith(Role.ADMIN)) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? randomPassword() : password;
        try {
            registry.createOfficer(username, chosen, "Quản trị hệ thống", agency, Set.of(Role.ADMIN), null, null);
        } catch (DuplicateKeyException | RegistrationRejected e) {
            if (accounts.anyEnabledWith(Role.ADMIN)) {
                return; // another node made it meanwhile
            }
            throw new IllegalStateException("Cannot create the first ADMIN account '" + username + "': "
                    + e.getMessage() + " (opendvc.admin.username must be free; OPENDVC_ADMIN_PASSWORD needs 8 to 64"
                    + " characters with letters and digits)", e);
        }
        if (generated) {
            log.warn("""

                    ================================================================================
                    First start: ADMIN account '{}' created with the password
                        {}
                    It is shown this once. Sign in and keep it safe (or set OPENDVC_ADMIN_PASSWORD before the
                    first start to choose it).
                    ================================================================================""",
                    username, chosen);
        } else {
            log.info("First start: ADMIN account '{}' created with the password of OPENDVC_ADMIN_PASSWORD", username);
        }
    }

    /** Letters and digits without look-alikes, with at least one of each (the account password rule). */
    String randomPassword() {
        while (true) {
            StringBuilder s = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = s.toString();
            if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
                return candidate;
            }
        }
    }
}
