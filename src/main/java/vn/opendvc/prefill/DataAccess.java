package vn.opendvc.prefill;

import java.time.Instant;
import java.util.List;

/**
 * One recorded lookup of someone's data in a national database.
 *
 * @param actorAccountId who asked
 * @param subjectNumber  whose data: the personal ID number or tax code
 * @param items          which items were asked for
 * @param consent        whether the subject had consented
 * @param outcome        {@code DONE}, {@code REFUSED_WITHOUT_CONSENT} or {@code UNAVAILABLE}
 */
public record DataAccess(long id, Instant at, long actorAccountId, String actorName, Long subjectAccountId,
        String subjectNumber, String source, List<DataItem> items, Long procedureId, Long dossierId, boolean consent,
        String outcome) {

    @Override
    public String toString() {
        return "DataAccess[" + id + ", " + source + ", " + outcome + "]";
    }
}
