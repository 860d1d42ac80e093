package vn.opendvc.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * Paths a module serves without login. Each module declares its own as a bean; the security configuration
 * permits exactly the union of them and requires authentication everywhere else.
 *
 * @param pages        path patterns open to anyone for every HTTP method the handler accepts (pages and assets)
 * @param apiReads     path patterns under {@code /api} open to anyone for GET only
 * @param apiCallbacks path patterns under {@code /api} open for POST: an outside service's server-to-server callback
 *                     (an SMS provider's delivery receipt, a carrier's tracking) that authenticates with its own
 *                     shared secret, checked by the handler
 */
public record PublicPaths(List<String> pages, List<String> apiReads, List<String> apiCallbacks) {

    public static PublicPaths pages(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of(), List.of());
    }

    public static PublicPaths apiReads(String... patterns) {
        return new PublicPaths(List.of(), List.of(patterns), List.of());
    }

    public static PublicPaths apiCallbacks(String... patterns) {
        return new PublicPaths(List.of(), List.of(), List.of(patterns));
    }

    public PublicPaths and(PublicPaths other) {
        return new PublicPaths(Stream.concat(pages.stream(), other.pages.stream()).toList(),
                Stream.concat(apiReads.stream(), other.apiReads.stream()).toList(),
                Stream.concat(apiCallbacks.stream(), other.apiCallbacks.stream()).toList());
    }
}
