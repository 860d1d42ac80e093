package vn.opendvc.web;

import java.util.List;

/**
 * Paths a module serves without login. Each module declares its own as a bean; the security configuration
 * permits exactly the union of them and requires authentication everywhere else.
 *
 * @param pages   path patterns open to anyone for every HTTP method the handler accepts (pages and assets)
 * @param apiReads path patterns under {@code /api} open to anyone for GET only
 */
public record PublicPaths(List<String> pages, List<String> apiReads) {

    public static PublicPaths pages(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of());
    }

    public static PublicPaths apiReads(String... patterns) {
        return new PublicPaths(List.of(), List.of(patterns));
    }

    public PublicPaths and(PublicPaths other) {
        return new PublicPaths(
                java.util.stream.Stream.concat(pages.stream(), other.pages.stream()).toList(),
                java.util.stream.Stream.concat(apiReads.stream(), other.apiReads.stream()).toList());
    }
}
