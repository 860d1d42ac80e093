package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;

/**
 * The rule of which channels count as online, as the portal configures it: assisted submissions count unless
 * {@code opendvc.indicators.assisted-counts-as-online} is false; counter and post never do.
 */
class OnlineChannelsTest {

    static OnlineChannels bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("opendvc.indicators", OnlineChannels.class);
    }

    /** 6 online, 3 assisted, 4 at the counter, 2 by post; 5 finished fully online, 2 of them assisted. */
    static final Map<String, Long> TOTALS = Map.of(Metrics.submitted(Channel.ONLINE), 6L,
            Metrics.submitted(Channel.ASSISTED), 3L, Metrics.submitted(Channel.COUNTER), 4L,
            Metrics.submitted(Channel.POST), 2L, Metrics.FULL_PROCESS, 3L, Metrics.FULL_PROCESS_ASSISTED, 2L);

    @Test
    void byDefaultAnAssistedSubmissionCountsAsOnline() {
        OnlineChannels rule = bound(Map.of());
        assertThat(rule.counted()).containsExactly(Channel.ONLINE, Channel.ASSISTED);
        assertThat(rule.submittedOnline(TOTALS)).isEqualTo(9);
        assertThat(rule.fullProcess(TOTALS)).isEqualTo(5);
        assertThat(rule.named().code()).isEqualTo("monitoring.channels.online.withAssisted");
    }

    @Test
    void thePortalMayCountOnlyWhatTheApplicantSubmittedThemselves() {
        OnlineChannels rule = bound(Map.of("opendvc.indicators.assisted-counts-as-online", "false"));
        assertThat(rule.counted()).containsExactly(Channel.ONLINE);
        assertThat(rule.countsAsOnline(Channel.ASSISTED)).isFalse();
        assertThat(rule.submittedOnline(TOTALS)).isEqualTo(6);
        assertThat(rule.fullProcess(TOTALS)).isEqualTo(3);
        assertThat(rule.named().code()).isEqualTo("monitoring.channels.online.withoutAssisted");
    }

    @Test
    void counterAndPostNeverCountAsOnline() {
        for (boolean assisted : new boolean[] { true, false }) {
            OnlineChannels rule = new OnlineChannels(assisted);
            assertThat(rule.countsAsOnline(Channel.COUNTER)).isFalse();
            assertThat(rule.countsAsOnline(Channel.POST)).isFalse();
            assertThat(rule.countsAsOnline(Channel.ONLINE)).isTrue();
        }
    }

    @Test
    void aDossierFinishedFullyOnlineIsCountedUnderItsOwnChannelWhateverTheRule() {
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        Track assisted = new Track(1, "A", 1L, Channel.ASSISTED, false, at, null, null, at, DossierStatus.DONE, at,
                false, null, null, false, "X-1", true, false);
        assertThat(assisted.fullProcess()).isTrue();
        assertThat(assisted.contributions().keySet()).extracting(Track.Key::metric)
                .contains(Metrics.FULL_PROCESS_ASSISTED, Metrics.submitted(Channel.ASSISTED))
                .doesNotContain(Metrics.FULL_PROCESS);
    }
}
