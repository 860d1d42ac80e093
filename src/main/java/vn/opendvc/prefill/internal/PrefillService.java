package vn.opendvc.prefill.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.Procedure.FormField;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.prefill.ApplicantDossiers;
import vn.opendvc.prefill.DataAccess;
import vn.opendvc.prefill.DataItem;
import vn.opendvc.prefill.NationalDatabase;
import vn.opendvc.prefill.NationalDatabaseUnavailable;
import vn.opendvc.prefill.Prefill;
import vn.opendvc.prefill.PrefillRequest;
import vn.opendvc.prefill.PrefillResult;
import vn.opendvc.prefill.PrefillResult.NationalLookup;
import vn.opendvc.prefill.PrefilledValue;
import vn.opendvc.prefill.Sources;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * Fills a procedure's form: first from the subject's profile (verified by the e-ID for name and number when the
 * account signed in with it), then, with consent, from the national database that holds the subject, whose
 * values win and are verified. Asks the database only for the items the form needs, and only for a proven number:
 * anyone can register with someone else's number, so a declared one never opens the registries.
 */
@Service
class PrefillService implements Prefill {

    private static final Logger log = LoggerFactory.getLogger(PrefillService.class);

    private final ProcedureCatalog catalog;
    private final Accounts accounts;
    private final List<NationalDatabase> databases;
    private final AccessLog accessLog;
    private final ApplicantDossiers dossiers;

    PrefillService(ProcedureCatalog catalog, Accounts accounts, List<NationalDatabase> databases,
            AccessLog accessLog, ApplicantDossiers dossiers) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.databases = List.copyOf(databases);
        this.accessLog = accessLog;
        this.dossiers = dossiers;
    }

    @Override
    @Transactional
    public Optional<PrefillResult> prefill(PrefillRequest request) {
        Optional<Procedure> found = catalog.find(request.procedureId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Procedure procedure = found.get();
        CurrentUser subject = request.subject();
        if (request.dossierId() != null && !dossiers.isOwn(subject, request.dossierId())) {
            // The access log names the dossier a lookup was for: only the subject's own dossier may be named.
            throw Problems.notFound(Message.of("dossier.problem.not-found"), request.dossierId());
        }
        Map<String, DataItem> wanted = new LinkedHashMap<>();
        boolean aboutApplicant = FieldMatcher.aboutApplicant(procedure.formFields());
        for (FormField field : procedure.formFields()) {
            FieldMatcher.match(field, aboutApplicant).ifPresent(item -> wanted.put(field.key(), item));
        }
        Map<DataItem, PrefilledValue> known = new EnumMap<>(DataItem.class);
        profile(subject).forEach(known::put);

        NationalLookup lookup = NationalLookup.NOT_NEEDED;
        Optional<NationalDatabase> database = databases.stream().filter(d -> d.holds() == subject.kind()).findFirst();
        String number = subject.identityNumber();
        if (database.isPresent() && number != null) {
            Set<DataItem> asked = EnumSet.noneOf(DataItem.class);
            wanted.values().stream().filter(database.get().items()::contains).forEach(asked::add);
            if (!asked.isEmpty()) {
                lookup = subject.assuranceLevel().proven() ? lookUp(request, database.get(), number, asked, known)
                        : NationalLookup.IDENTITY_NOT_PROVEN;
            }
        }

        Map<String, FormField> fields = new LinkedHashMap<>();
        procedure.formFields().forEach(f -> fields.put(f.key(), f));
        Map<String, PrefilledValue> values = new LinkedHashMap<>();
        wanted.forEach((key, item) -> {
            PrefilledValue value = known.get(item);
            if (value != null) {
                fit(fields.get(key), value).ifPresent(v -> values.put(key, v));
            }
        });
        return Optional.of(new PrefillResult(procedure.id(), values, lookup));
    }

    private NationalLookup lookUp(PrefillRequest request, NationalDatabase database, String number,
            Set<DataItem> asked, Map<DataItem, PrefilledValue> known) {
        CurrentUser subject = request.subject();
        CurrentUser actor = request.actor();
        List<DataItem> items = List.copyOf(asked);
        Instant now = Instant.now();
        if (!request.consent()) {
            accessLog.record(now, actor.accountId(), actor.displayName(), subject.accountId(), number,
                    database.source(), items, request.procedureId(), request.dossierId(), false,
                    NationalLookup.REFUSED_WITHOUT_CONSENT.name());
            return NationalLookup.REFUSED_WITHOUT_CONSENT;
        }
        Map<DataItem, String> answer;
        try {
            answer = database.lookup(number, asked);
        } catch (NationalDatabaseUnavailable unavailable) {
            log.warn("National database {} unavailable: {}", database.source(), unavailable.getMessage());
            accessLog.record(now, actor.accountId(), actor.displayName(), subject.accountId(), number,
                    database.source(), items, request.procedureId(), request.dossierId(), true,
                    NationalLookup.UNAVAILABLE.name());
            return NationalLookup.UNAVAILABLE;
        }
        NationalLookup outcome = answer.isEmpty() ? NationalLookup.UNAVAILABLE : NationalLookup.DONE;
        accessLog.record(now, actor.accountId(), actor.displayName(), subject.accountId(), number, database.source(),
                items, request.procedureId(), request.dossierId(), true, outcome.name());
        answer.forEach((item, value) -> {
            if (asked.contains(item) && value != null && !value.isBlank()) {
                known.put(item, new PrefilledValue(value, database.source(), true));
            }
        });
        return outcome;
    }

    private Map<DataItem, PrefilledValue> profile(CurrentUser subject) {
        Map<DataItem, PrefilledValue> values = new EnumMap<>(DataItem.class);
        // The e-ID asserts name and number; an in-person check proves the number only (the name stays as typed), so
        // its verified values come from the registry it opens.
        boolean eid = subject.assuranceLevel() == AssuranceLevel.EID;
        String identitySource = eid ? Sources.EID : Sources.PROFILE;
        if (subject.kind() == AccountKind.CITIZEN) {
            put(values, DataItem.FULL_NAME, subject.displayName(), identitySource, eid);
            put(values, DataItem.ID_NUMBER, subject.personalId(), identitySource, eid);
        } else if (subject.kind() == AccountKind.BUSINESS) {
            put(values, DataItem.BUSINESS_NAME, subject.displayName(), Sources.PROFILE, false);
            put(values, DataItem.TAX_CODE, subject.taxCode(), Sources.PROFILE, false);
        }
        Optional<AccountProfile> profile = accounts.profile(subject.accountId());
        profile.ifPresent(p -> {
            if (p.dateOfBirth() != null) {
                put(values, DataItem.DATE_OF_BIRTH, p.dateOfBirth().toString(), Sources.PROFILE, false);
            }
            put(values, DataItem.PHONE, p.phone(), Sources.PROFILE, false);
            put(values, DataItem.EMAIL, p.email(), Sources.PROFILE, false);
        });
        return values;
    }

    private static void put(Map<DataItem, PrefilledValue> values, DataItem item, String value, String source,
            boolean verified) {
        if (value != null && !value.isBlank()) {
            values.put(item, new PrefilledValue(value.strip(), source, verified));
        }
    }

    /** The value as the field takes it: ISO dates for date fields, one of the options for a select, else nothing. */
    private static Optional<PrefilledValue> fit(FormField field, PrefilledValue value) {
        if ("date".equals(field.type())) {
            try {
                LocalDate.parse(value.value(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
        if ("select".equals(field.type()) && field.options() != null && !field.options().isEmpty()) {
            Locale vi = Locale.forLanguageTag("vi");
            return field.options().stream()
                    .filter(option -> option.toLowerCase(vi).equals(value.value().toLowerCase(vi))).findFirst()
                    .map(option -> new PrefilledValue(option, value.source(), value.verified()));
        }
        return Optional.of(value);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataAccess> accessLog(CurrentUser subject) {
        return accessLog.about(subject.accountId(), subject.identityNumber());
    }
}
