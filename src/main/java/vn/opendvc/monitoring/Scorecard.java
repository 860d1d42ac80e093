package vn.opendvc.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.opendvc.dossier.Channel;
import vn.opendvc.web.Message;

/**
 * The indicators of one agency (with everything under it), one procedure, or the whole country, over one period.
 * What a reader reads (names, labels, formulas) is a {@link Message}, translated where it is shown.
 *
 * @param score           total out of 100 over the indicators that apply ({@code null} when none does)
 * @param fullProcess     dossiers finished fully online ÷ dossiers finished; "online" is every channel of
 *                        {@code channels.countedOnline()}, the portal's rule
 * @param online          dossiers submitted online (the same channels) ÷ dossiers submitted
 * @param totals          the counted figures the indicators are computed from, by metric
 * @param scaling         how the score was scaled over the indicators that apply, with its formula
 * @param channels        the dossiers submitted in the period by channel
 */
public record Scorecard(String code, String name, Double score, Band band, Ratio fullProcess, Ratio online,
        List<Group> groups, Map<String, Long> totals, Scaling scaling, ChannelSplit channels) {

    public Double fullProcessRate() {
        return fullProcess.rate();
    }

    public Double onlineShare() {
        return online.rate();
    }

    /** How the score was computed, with this period's numbers: {@code earned ÷ applicable × 100}. */
    public Message scoreFormula() {
        return scaling.formula();
    }

    /**
     * The total scaled over the indicators that apply: {@code score = earned ÷ applicable × 100}.
     *
     * @param earned     the points of the indicators that apply, summed
     * @param applicable the maximum points of those indicators (100 when every indicator applies)
     * @param formula    the computation with this period's numbers, written like the indicators' formulas
     */
    public record Scaling(double earned, double applicable, Message formula) {
    }

    /**
     * A numerator over a denominator, with what each counts (the numerator says which channels count as online);
     * the rate is {@code null} when nothing was counted.
     */
    public record Ratio(long numerator, long denominator, Message numeratorLabel, Message denominatorLabel) {

        public Double rate() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }

        /** What the numerator or the denominator counts. */
        public Message label(String part) {
            return "numerator".equals(part) ? numeratorLabel : denominatorLabel;
        }
    }

    /**
     * The dossiers submitted in the period by channel (every channel, zero when none), the channels the online share
     * and the full-process rate count as online (the portal's rule), and how many of them were handled in other
     * one-stop systems and came by sync.
     */
    public record ChannelSplit(Map<Channel, Long> submitted, Set<Channel> countedOnline, long synced) {

        public ChannelSplit {
            submitted = Map.copyOf(submitted);
            countedOnline = Set.copyOf(countedOnline);
        }

        /** Every channel, those through the portal (online, assisted) first, then counter and post. */
        public List<Channel> inOrder() {
            return Stream.of(Channel.values()).sorted(Comparator.comparing((Channel c) -> !c.throughPortal()))
                    .toList();
        }

        public long count(Channel channel) {
            return submitted.getOrDefault(channel, 0L);
        }

        public long total() {
            return submitted.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The channel's share of the dossiers submitted, {@code null} when none was. */
        public Double share(Channel channel) {
            long total = total();
            return total == 0 ? null : (double) count(channel) / total;
        }

        /** The share of the dossiers submitted that came by sync, {@code null} when none was submitted. */
        public Double syncedShare() {
            long total = total();
            return total == 0 ? null : (double) synced / total;
        }

        public boolean countsAsOnline(Channel channel) {
            return countedOnline.contains(channel);
        }
    }

    /** One of the five groups of the model. */
    public record Group(String key, Message name, Double points, double maxPoints, List<Indicator> indicators) {
    }

    /**
     * One scored indicator: {@code points = min(rate / threshold, 1) × maxPoints}.
     *
     * @param rate     {@code null} when the denominator is zero: the indicator does not apply and the total is
     *                 scaled over the indicators that do
     * @param formula  how the points were computed, with this period's numbers
     * @param dossiers where to list the dossiers counted (numerator, denominator or a named part), empty when the
     *                 indicator counts procedures
     */
    public record Indicator(String key, Message name, Message numeratorLabel, Message denominatorLabel,
            long numerator, long denominator, Double rate, double threshold, Double points, double maxPoints,
            Message formula, List<String> dossierParts) {

        /** What a part of the figure counts: the numerator, the denominator or a part the indicator names. */
        public Message partLabel(String part) {
            return switch (part) {
                case "numerator" -> numeratorLabel;
                case "denominator" -> denominatorLabel;
                default -> Message.of("monitoring.part." + part);
            };
        }
    }
}
