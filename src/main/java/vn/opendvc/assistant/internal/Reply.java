package vn.opendvc.assistant.internal;

import java.util.List;

/**
 * The assistant's answer to one question.
 *
 * @param procedures the procedures that fit, best first (empty when it does not know)
 * @param sources    the catalog records the answer was built from, with their links
 * @param clarify    a question to tell two or more fitting procedures apart, {@code null} otherwise
 * @param knows      {@code false}: the answer says it does not know and offers the search and the hotline
 * @param draftUrl   where to start a dossier of the procedure, when asked to submit and it can be submitted online
 */
public record Reply(String conversationId, String answer, List<Found> procedures, Intent intent,
        List<Source> sources, Clarify clarify, boolean knows, String searchUrl, String hotline, String draftUrl) {

    public record Found(long id, String code, String name, double score, String url) {
    }

    public record Source(String title, String url) {
    }

    public record Clarify(String question, List<Option> options) {
    }

    /** @param number what to answer to choose it ("1", "2"...) */
    public record Option(int number, long id, String name) {
    }
}
