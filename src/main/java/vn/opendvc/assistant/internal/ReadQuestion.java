package vn.opendvc.assistant.internal;

import java.util.List;
import java.util.Set;

/**
 * A question as the assistant understood it.
 *
 * @param terms    the words to look for in the catalog, folded, mended and mapped to the catalog's terms
 * @param expanded the terms that only came from mapping an everyday phrase (they weigh less than the citizen's own)
 * @param intents  what is asked (empty: which procedure)
 * @param foreign  a foreigner is involved
 * @param abroad   the citizen is abroad
 * @param business a business asks
 * @param level    the agency level the question names ({@code XA}, {@code TINH}, {@code BO}) or {@code null}
 */
record ReadQuestion(List<String> terms, Set<String> expanded, Set<Intent> intents, boolean foreign, boolean abroad, boolean business, String level) {
}
