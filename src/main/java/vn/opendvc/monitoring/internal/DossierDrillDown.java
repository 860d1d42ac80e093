package vn.opendvc.monitoring.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.Indicators.CountedDossier;
import vn.opendvc.monitoring.Indicators.DossierPage;
import vn.opendvc.monitoring.Indicators.DossierQuery;
import vn.opendvc.web.VietnamTime;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * Lists the dossiers behind a figure from the indicator records (not the dossier table): the same facts, on the
 * same day boundaries, that the counters added up, so the list of a numerator has exactly as many rows as it counts.
 */
@Component
class DossierDrillDown {

    /** Counted on the day of submission. */
    private static final String SUBMITTED = "submitted_at >= :start and submitted_at < :end and channel is not null";
    /** Counted on the day processing finished. */
    private static final String FINISHED = "finished_at >= :start and finished_at < :end";

    /**
     * The dossiers of each part of each figure, as a condition on {@code indicator_dossier}; those of online
     * submission take the channels counted as online.
     */
    private static Map<String, Map<String, String>> parts(OnlineChannels online) {
        // enum constants' names, not input: safe to write into the statement
        String onlineChannel = online.counted().stream().map(c -> "'" + c.name() + "'")
                .collect(Collectors.joining(", ", "channel in (", ")"));
        return Map.of(
                "onTime", Map.of(
                        "denominator", FINISHED + " and due_at is not null",
                        "numerator", FINISHED + " and due_at is not null and finished_at <= due_at",
                        "late", FINISHED + " and due_at is not null and finished_at > due_at"),
                "submittedOnline", Map.of(
                        "denominator", SUBMITTED,
                        "numerator", SUBMITTED + " and " + onlineChannel),
                "online", Map.of(
                        "denominator", SUBMITTED,
                        "numerator", SUBMITTED + " and " + onlineChannel),
                "paidOnline", Map.of(
                        "denominator", FINISHED + " and fee_applies",
                        "numerator", FINISHED + " and fee_applies and paid"),
                "electronicResults", Map.of(
                        "denominator", FINISHED + " and outcome = " + DossierStatus.DONE.code(),
                        "numerator", FINISHED + " and outcome = " + DossierStatus.DONE.code()
                                + " and delivered_at is not null"),
                "digitizedDossiers", Map.of(
                        "denominator", SUBMITTED,
                        "numerator", SUBMITTED + " and digitized"),
                "reusedData", Map.of(
                        "denominator", SUBMITTED,
                        "numerator", SUBMITTED + " and reused"),
                "satisfaction", Map.of(
                        "denominator", FINISHED,
                        "late", FINISHED + " and due_at is not null and finished_at > due_at",
                        "complaints", "((complaint and rating_score is not null and rated_at >= :start and rated_at < :end)"
                                + " or (not (complaint and rating_score is not null) and complaint_accepted_at >= :start"
                                + " and complaint_accepted_at < :end))"),
                "fullProcess", Map.of(
                        "denominator", FINISHED,
                        "numerator", FINISHED + " and " + onlineChannel + " and delivered_at is not null"
                                + " and (paid or not fee_applies)"));
    }

    private final JdbcClient jdbc;
    private final Map<String, Map<String, String>> parts;

    DossierDrillDown(JdbcClient jdbc, OnlineChannels online) {
        this.jdbc = jdbc;
        this.parts = parts(online);
    }

    private boolean knows(String indicator, String part) {
        return parts.containsKey(indicator) && parts.get(indicator).containsKey(part);
    }

    DossierPage list(Collection<String> agencies, DossierQuery query) {
        if (!knows(query.indicator(), query.part())) {
            throw new InvalidInput(Message.of("monitoring.invalid.figure", query.indicator(), query.part()));
        }
        if (agencies != null && agencies.isEmpty()) {
            return new DossierPage(List.of(), 0, query.page(), query.size());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("start", Timestamp.from(query.period().from().atStartOfDay(VietnamTime.ZONE).toInstant()));
        params.put("end", Timestamp.from(query.period().to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        String where = "(" + parts.get(query.indicator()).get(query.part()) + ")"
                + " and agency_code is not null and procedure_id is not null";
        if (agencies != null) {
            where += " and agency_code in (:agencies)";
            params.put("agencies", agencies);
        }
        if (query.procedureId() != null) {
            where += " and procedure_id = :procedure";
            params.put("procedure", query.procedureId());
        }
        long total = jdbc.sql("select count(*) from indicator_dossier where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<CountedDossier> items = jdbc.sql("select * from indicator_dossier where " + where
                + " order by coalesce(finished_at, submitted_at) desc, dossier_id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    Track t = CounterLedger.track(rs, n);
                    return new CountedDossier(t.dossierId(), t.code(), t.agencyCode(), t.procedureId(),
                            t.channel() == null ? null : t.channel().name(), t.submittedAt(), t.dueAt(),
                            t.finishedAt(), t.outcome() == null ? null : t.outcome().code(), t.deliveredAt());
                }).list();
        return new DossierPage(items, total, query.page(), query.size());
    }
}
