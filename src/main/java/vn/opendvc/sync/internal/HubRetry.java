package vn.opendvc.sync.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.opendvc.dossier.DossierStatusChanged;

/**
 * Resubmits the pushes the hub did not take, each once its back-off has passed (it doubles with every failure of the
 * same dossier, {@link HubSettings#backoff}), so an outage of the hub is retried without hammering it. At start-up the
 * registry resubmits every incomplete publication anyway ({@code republish-outstanding-events-on-restart}).
 */
@Component
class HubRetry {

    private final IncompleteEventPublications publications;
    private final HubSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    HubRetry(IncompleteEventPublications publications, HubSettings settings, JdbcClient jdbc, Clock clock) {
        this.publications = publications;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // on one node at a time: two nodes resubmitting the same publication would push it to the hub twice
    @Scheduled(fixedDelayString = "${opendvc.sync.hub.retry-check:PT15S}",
            initialDelayString = "${opendvc.sync.hub.retry-check:PT15S}")
    @SchedulerLock(name = "sync.hub-retry", lockAtMostFor = "PT5M")
    void resubmitDue() {
        if (!settings.configured()) {
            return;
        }
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(publication -> isPush(publication) && due(publication, now));
    }

    private static boolean isPush(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().contains(HubPush.class.getName())
                && publication.getEvent() instanceof DossierStatusChanged;
    }

    private boolean due(EventPublication publication, Instant now) {
        long dossierId = ((DossierStatusChanged) publication.getEvent()).dossierId();
        record Attempts(int attempts, Instant last) {
        }
        Optional<Attempts> attempts = jdbc.sql("select attempts, last_attempt_at from sync_push where dossier_id = ?")
                .param(dossierId).query((rs, row) -> new Attempts(rs.getInt(1),
                        Optional.ofNullable(rs.getTimestamp(2)).map(Timestamp::toInstant).orElse(null)))
                .optional();
        return attempts.map(a -> a.last() == null || !now.isBefore(a.last().plus(settings.backoff(a.attempts()))))
                .orElse(!now.isBefore(publication.getPublicationDate().plus(settings.retryAfter())));
    }
}
