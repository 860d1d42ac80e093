package vn.opendvc.monitoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The tables the counters are kept in; reading a period picks the coarsest that covers it. */
enum Grain {
    PROCEDURE_DAY("indicator_counter", "agency_code, on_day, procedure_id, metric"),
    AGENCY_DAY("indicator_agency_day", "agency_code, on_day, metric"),
    AGENCY_MONTH("indicator_agency_month", "agency_code, in_month, metric");

    final String insert;
    final String update;
    final String upsert;

    /** The column of the day (or the month's first day) in this grain's table. */
    final String dayColumn;

    Grain(String table, String keyColumns) {
        String[] columns = keyColumns.split(", ");
        this.dayColumn = columns[1];
        this.upsert = "insert into " + table + " (" + keyColumns + ", counted) select * from unnest("
                + (columns.length == 4 ? "?::varchar[], ?::date[], ?::bigint[], ?::varchar[], ?::bigint[]"
                        : "?::varchar[], ?::date[], ?::varchar[], ?::bigint[]")
                + ") on conflict (" + keyColumns + ") do update set counted = " + table
                + ".counted + excluded.counted";
        // named parameters carry the column names, so an insert and an update take the same parameters
        this.insert = "insert into " + table + " (" + keyColumns + ", counted) values (:"
                + String.join(", :", columns) + ", :counted)";
        StringBuilder where = new StringBuilder();
        for (String column : columns) {
            where.append(where.isEmpty() ? "" : " and ").append(column).append(" = :").append(column);
        }
        this.update = "update " + table + " set counted = counted + :counted where " + where;
    }

    Row row(Track.Key key) {
        return switch (this) {
            case PROCEDURE_DAY -> new Row(this, key.agencyCode(), key.day(), key.procedureId(), key.metric());
            case AGENCY_DAY -> new Row(this, key.agencyCode(), key.day(), null, key.metric());
            case AGENCY_MONTH -> new Row(this, key.agencyCode(), key.day().withDayOfMonth(1), null, key.metric());
        };
    }

    /** One counter row's key; {@code procedureId} only at the procedure grain. */
    record Row(Grain grain, String agencyCode, LocalDate day, Long procedureId, String metric) {

        static final Comparator<Row> ORDER = Comparator.comparing(Row::agencyCode)
                .thenComparing(Row::day)
                .thenComparing(Row::procedureId, Comparator.nullsFirst(Long::compare))
                .thenComparing(Row::metric);

        /** The parameters of the grain's insert and update: the key columns, and the value to add. */
        MapSqlParameterSource values(long value) {
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("agency_code", agencyCode)
                    .addValue(grain.dayColumn, Date.valueOf(day)).addValue("metric", metric)
                    .addValue("counted", value);
            return procedureId == null ? params : params.addValue("procedure_id", procedureId);
        }
    }
}
