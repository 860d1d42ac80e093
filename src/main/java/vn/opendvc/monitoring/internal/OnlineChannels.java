package vn.opendvc.monitoring.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.opendvc.dossier.Channel;
import vn.opendvc.web.Message;

/**
 * The one rule of which channels count as online, for the share submitted online and the full-process rate:
 * {@link Channel#ONLINE} always; {@link Channel#ASSISTED} (an agent submitting on the portal for a citizen, with their
 * consent) when {@code opendvc.indicators.assisted-counts-as-online} is true, the default: it is submitted on the
 * portal and its documents are digital. Counter and post never count.
 * <p>
 * The counters keep every channel apart ({@code submitted_<channel>}, {@code full_process},
 * {@code full_process_assisted}) whatever this says; the rule is applied when figures are read, so changing it needs
 * no recomputation.
 */
@ConfigurationProperties("opendvc.indicators")
class OnlineChannels {

    private final Set<Channel> counted;

    OnlineChannels(@DefaultValue("true") boolean assistedCountsAsOnline) {
        this.counted = assistedCountsAsOnline ? EnumSet.of(Channel.ONLINE, Channel.ASSISTED)
                : EnumSet.of(Channel.ONLINE);
    }

    static OnlineChannels defaults() {
        return new OnlineChannels(true);
    }

    /** The channels counted as online, in the order of {@link Channel}. */
    Set<Channel> counted() {
        return EnumSet.copyOf(counted);
    }

    boolean countsAsOnline(Channel channel) {
        return counted.contains(channel);
    }

    /** Dossiers submitted on a channel counted as online. */
    long submittedOnline(Map<String, Long> totals) {
        return counted.stream().mapToLong(c -> ScoredIndicator.get(totals, Metrics.submitted(c))).sum();
    }

    /** Dossiers finished fully online, submitted on a channel counted as online. */
    long fullProcess(Map<String, Long> totals) {
        return counted.stream().mapToLong(c -> ScoredIndicator.get(totals, Metrics.fullProcess(c))).sum();
    }

    /** Which channels the figures count, as the labels of their numerators say it ("submitted {0}"). */
    Message named() {
        return counted.contains(Channel.ASSISTED) ? Message.of("monitoring.channels.online.withAssisted")
                : Message.of("monitoring.channels.online.withoutAssisted");
    }
}
