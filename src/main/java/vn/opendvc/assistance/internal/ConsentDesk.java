package vn.opendvc.assistance.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.assistance.AssistedConsentGiven;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.files.Sha256;
import vn.opendvc.identity.CitizenAccounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.notification.OneTimeCodes;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * The citizen's consent at an agent's desk: a six-digit code goes to the citizen's own phone (or e-mail); the agent
 * types in what the citizen reads out; the right code, in time, once, makes the citizen's draft. Only the code's hash
 * is kept; five wrong tries end the consent.
 */
@Component
public class ConsentDesk {

    /** What the agent asks for: the citizen (found by ID number, or opened with name and phone) and the procedure. */
    public record ConsentRequest(String idNumber, String fullName, String phone, Long procedureId, String agencyCode) {
    }

    public record Requested(long consentId, long citizenId, String channel, String sentTo, Instant expiresAt) {
    }

    public record Given(long consentId, Dossier dossier) {
    }

    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The purpose in the code's message is written in Vietnamese, the citizen's language at a Vietnamese desk. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final CitizenAccounts citizens;
    private final OneTimeCodes codes;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final MessageSource messages;
    private final AgentFees fees;

    ConsentDesk(JdbcClient jdbc, CitizenAccounts citizens, OneTimeCodes codes, Dossiers dossiers,
            ProcedureCatalog catalog, ApplicationEventPublisher events, Clock clock, MessageSource messages,
            @Value("${opendvc.assistance.code-valid-for:PT10M}") Duration validFor, AgentFees fees) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.codes = codes;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
        this.messages = messages;
        this.fees = fees;
    }

    @Transactional
    public Requested request(CurrentUser agent, ConsentRequest request) {
        requireAgent(agent);
        String procedureName = procedureName(request.procedureId(), request.agencyCode());
        CurrentUser citizen = citizens.findByPersonalId(request.idNumber()).orElseGet(() -> open(agent, request));
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        OneTimeCodes.Sent sent = codes.send(citizen.accountId(), code,
                messages.getMessage("assistance.code.purpose", new Object[] {agent.displayName(), procedureName},
                        VIETNAMESE), validFor)
                .orElseThrow(() -> Problems.problem(HttpStatus.CONFLICT, "no-contact",
                        Message.of("assistance.problem.no-contact.title"),
                        Message.of("assistance.problem.no-contact")));
        Instant expires = now.plus(validFor);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assisted_consent (agent_id, citizen_id, procedure_id, agency_code, method, code_hash,
                    sent_channel, sent_to, expires_at, status, created_at)
                values (?, ?, ?, ?, 'ONE_TIME_CODE', ?, ?, ?, ?, 'PENDING', ?)""")
                .params(agent.accountId(), citizen.accountId(), request.procedureId(), request.agencyCode().strip(),
                        hash(code, citizen.accountId(), now), sent.channel(), sent.maskedAddress(),
                        Timestamp.from(expires), Timestamp.from(now))
                .update(keys, "id");
        return new Requested(Objects.requireNonNull(keys.getKey()).longValue(), citizen.accountId(), sent.channel(), sent.maskedAddress(), expires);
    }

    /** Checks the code; a wrong one is counted even though the answer is a refusal. */
    @Transactional(noRollbackFor = Problem.class)
    public Given confirm(CurrentUser agent, long consentId, String code) {
        requireAgent(agent);
        ConsentRow row = jdbc.sql("""
                select id, citizen_id, procedure_id, agency_code, code_hash, expires_at, attempts, status, created_at
                from assisted_consent where id = ? and agent_id = ? for update""")
                .params(consentId, agent.accountId()).query(ConsentRow.class).optional()
                .orElseThrow(() -> Problems.notFound(Message.of("assistance.problem.consent"), consentId));
        switch (row.status()) {
            case "GIVEN" -> throw refused("consent-used");
            case "FAILED" -> throw refused("consent-failed");
            default -> {
            }
        }
        if (!clock.instant().isBefore(row.expiresAt().toInstant())) {
            throw refused("code-expired");
        }
        String given = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(hash(given, row.citizenId(), row.createdAt().toInstant()).getBytes(),
                row.codeHash().getBytes())) {
            int attempts = row.attempts() + 1;
            jdbc.sql("update assisted_consent set attempts = ?, status = ? where id = ?")
                    .params(attempts, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", consentId).update();
            throw attempts >= MAX_ATTEMPTS ? refused("consent-failed")
                    : Problems.badRequest(Message.of("assistance.problem.wrong-code", MAX_ATTEMPTS - attempts),
                            Map.of("code", Message.of("assistance.invalid.code")));
        }
        return give(agent, consentId, row.citizenId(), row.procedureId(), row.agencyCode(), "ONE_TIME_CODE");
    }

    /** The procedure's name, when it exists and an agency is chosen; otherwise 400 on {@code procedureId}. */
    String procedureName(Long procedureId, String agencyCode) {
        String name = procedureId == null ? null : catalog.find(procedureId).map(p -> p.name()).orElse(null);
        if (name == null || agencyCode == null || agencyCode.isBlank()) {
            throw Problems.badRequest(Message.of("assistance.invalid.procedure"),
                    Map.of("procedureId", Message.of("assistance.invalid.procedure")));
        }
        return name;
    }

    /** However obtained, a consent given makes the citizen's draft, the agent's fee due and an audited event. */
    Given give(CurrentUser agent, long consentId, long citizenId, long procedureId, String agencyCode,
            String method) {
        Dossier dossier = dossiers.createDraftFor(agent, citizenId, new Dossiers.NewDossier(procedureId, agencyCode,
                Map.of(), null, null, null));
        Instant now = clock.instant();
        jdbc.sql("update assisted_consent set status = 'GIVEN', given_at = ?, dossier_id = ? where id = ?")
                .params(Timestamp.from(now), dossier.id(), consentId).update();
        fees.charge(agent, dossier.id(), citizenId, now);
        events.publishEvent(new AssistedConsentGiven(consentId, agent.accountId(), citizenId, dossier.id(), method,
                now));
        return new Given(consentId, dossier);
    }

    private CurrentUser open(CurrentUser agent, ConsentRequest request) {
        if (request.fullName() == null || request.fullName().isBlank()) {
            throw Problems.badRequest(Message.of("assistance.invalid.unknown-citizen"),
                    Map.of("idNumber", Message.of("assistance.invalid.unknown-citizen")));
        }
        if (request.phone() == null || request.phone().isBlank()) {
            // the code goes to the citizen's own phone; a citizen without one consents on a signed slip
            throw Problems.badRequest(Message.of("assistance.invalid.no-phone"),
                    Map.of("phone", Message.of("assistance.invalid.no-phone")));
        }
        try {
            return citizens.openForCitizen(agent, request.idNumber(), request.fullName(), request.phone());
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(Message.of("assistance.invalid.citizen"),
                    Map.of(e.getMessage().equals("personalId") ? "idNumber" : e.getMessage(),
                            Message.of("assistance.invalid." + e.getMessage())));
        }
    }

    static void requireAgent(CurrentUser agent) {
        if (!agent.hasRole(Role.AGENT)) {
            throw Problems.forbidden(Message.of("assistance.problem.agents-only"));
        }
    }

    private static Problem refused(String slug) {
        return Problems.problem(HttpStatus.CONFLICT, slug, Message.of("assistance.problem." + slug + ".title"),
                Message.of("assistance.problem." + slug));
    }

    /** The code bound to its citizen and moment, so equal codes of two consents never share a hash. */
    private static String hash(String code, long citizenId, Instant createdAt) {
        return Sha256.hex(code + ":" + citizenId + ":" + createdAt.toEpochMilli());
    }

    record ConsentRow(long id, long citizenId, long procedureId, String agencyCode, String codeHash,
            Timestamp expiresAt, int attempts, String status, Timestamp createdAt) {
    }
}
