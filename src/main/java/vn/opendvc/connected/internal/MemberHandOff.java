package vn.opendvc.connected.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.Composition;
import vn.opendvc.connected.MemberHandedOff;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/**
 * Hands the results a waiting member needs on to it and submits it to its agency: each result's number fills the
 * field the composition names (e.g. the birth certificate number), the signed result file is attached as the
 * document it names; then the member is an ordinary submitted dossier. Published as {@link MemberHandedOff}
 * (audited).
 */
@Component
class MemberHandOff {

    private final MemberStore members;
    private final Dossiers dossiers;
    private final ActingApplicant applicants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberHandOff(MemberStore members, Dossiers dossiers, ActingApplicant applicants,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.dossiers = dossiers;
        this.applicants = applicants;
        this.events = events;
        this.clock = clock;
    }

    static Map<String, MemberStore.Member> byCode(List<MemberStore.Member> rows) {
        return rows.stream().collect(Collectors.toMap(MemberStore.Member::memberCode, Function.identity()));
    }

    /** Starts {@code dependant} if it still waits and every member it depends on has its result. */
    @Transactional
    void startWhenReady(Dossier parent, Composition composition, Composition.Member dependant,
            Map<String, MemberStore.Member> rows) {
        MemberStore.Member waiting = rows.get(dependant.code());
        if (waiting == null || waiting.state() != MemberStore.State.WAITING) {
            return;
        }
        CurrentUser applicant = applicants.of(parent);
        Map<String, Dossier> results = new LinkedHashMap<>();
        for (String needed : dependant.dependsOn()) {
            Dossier from = dossiers.find(applicant, rows.get(needed).childId()).orElseThrow();
            if (from.status() != DossierStatus.DONE && from.status() != DossierStatus.RESULT_RETURNED) {
                return; // another result is still to come
            }
            results.put(needed, from);
        }
        Map<String, String> data = new LinkedHashMap<>();
        List<String> documents = new ArrayList<>();
        for (Composition.HandOff handOff : dependant.handOffs()) {
            Dossier from = results.get(handOff.from());
            if (handOff.field() != null) {
                data.put(handOff.field(), from.code());
            }
            if (handOff.document() != null) {
                attachResult(applicant, from.id(), waiting.childId(), handOff.document());
                documents.add(handOff.document());
            }
        }
        Map<String, String> form = new LinkedHashMap<>(dossiers.find(applicant, waiting.childId()).orElseThrow()
                .formData());
        form.putAll(data);
        dossiers.updateDraft(applicant, waiting.childId(), form);
        Dossier started = dossiers.submit(applicant, waiting.childId());
        Instant resultAt = results.values().stream().map(Dossier::finishedAt).max(Instant::compareTo).orElseThrow();
        Instant now = clock.instant();
        members.started(started.id(), resultAt, now);
        events.publishEvent(new MemberHandedOff(parent.id(), parent.code(),
                results.values().stream().map(Dossier::code).toList(), started.id(), started.code(),
                started.agencyCode(), data, documents, resultAt, now));
    }

    private void attachResult(CurrentUser applicant, long fromId, long toId, String document) {
        Dossiers.FileContent result = dossiers.result(applicant, fromId).orElseThrow();
        try (InputStream in = result.content()) {
            dossiers.attach(applicant, toId, document, new Dossiers.Upload(result.file().fileName(),
                    in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
