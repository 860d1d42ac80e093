package vn.opendvc.assistant.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What each conversation is about: the procedure of the last answer, or the options of the clarifying question just
 * asked. Stored in {@code assistant_conversation}, so that any node continues it; forgotten after the expiry.
 */
@Component
class Conversations {

    /** @param options the procedures offered by a clarifying question, empty otherwise */
    record State(String id, Long procedureId, List<Long> options) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration expiry;

    Conversations(JdbcClient jdbc, Clock clock,
            @Value("${opendvc.assistant.conversation-expiry:PT30M}") Duration expiry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** The conversation if it exists and is not expired; a malformed id is simply unknown. */
    Optional<State> find(String id) {
        if (id == null || !isUuid(id)) {
            return Optional.empty();
        }
        Timestamp fresh = Timestamp.from(clock.instant().minus(expiry));
        return jdbc.sql("select procedure_id, options from assistant_conversation where id = ? and updated_at > ?")
                .param(id).param(fresh)
                .query((rs, n) -> {
                    long p = rs.getLong(1);
                    Long procedureId = rs.wasNull() ? null : p;
                    String options = rs.getString(2);
                    List<Long> list = options == null || options.isEmpty() ? List.of()
                            : Arrays.stream(options.split(",")).map(Long::valueOf).toList();
                    return new State(id, procedureId, list);
                }).optional();
    }

    /** Saves the conversation's state, under a new id when {@code id} is null or unknown; returns its id. */
    String save(String id, Long procedureId, List<Long> options) {
        Timestamp now = Timestamp.from(clock.instant());
        String joined = options.isEmpty() ? null
                : String.join(",", options.stream().limit(8).map(String::valueOf).toList());
        if (id != null && isUuid(id)) {
            // an expired conversation is not continued, even before the sweeper deleted it
            Timestamp fresh = Timestamp.from(clock.instant().minus(expiry));
            int updated = jdbc.sql("update assistant_conversation set procedure_id = ?, options = ?, updated_at = ? "
                    + "where id = ? and updated_at > ?").param(procedureId).param(joined).param(now).param(id)
                    .param(fresh).update();
            if (updated == 1) {
                return id;
            }
        }
        String fresh = UUID.randomUUID().toString();
        jdbc.sql("insert into assistant_conversation (id, procedure_id, options, updated_at) values (?, ?, ?, ?)")
                .param(fresh).param(procedureId).param(joined).param(now).update();
        return fresh;
    }

    @Scheduled(fixedDelayString = "${opendvc.assistant.conversation-sweep:PT10M}")
    @SchedulerLock(name = "assistant.conversation-sweep", lockAtMostFor = "PT5M")
    void sweep() {
        forgetExpired();
    }

    int forgetExpired() {
        Instant before = clock.instant().minus(expiry);
        return jdbc.sql("delete from assistant_conversation where updated_at < ?").param(Timestamp.from(before))
                .update();
    }

    private static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
