/**
 * The virtual assistant (trợ lý ảo): a citizen asks in their own words (with or without accents, teen-code, typos)
 * and is guided to the right procedure of the catalog, its documents, fee, legal time, where to submit and how to pay,
 * or the status of their own dossier. Retrieval and rules over OpenDVC's own data (an in-process Lucene index of the
 * catalog, rebuilt when the catalog changes, and a lexicon of everyday words kept as data): no external service, no
 * model. Every answer is built from the catalog record and cites it; when unsure the assistant says it does not know.
 * Served as {@code POST /api/v1/assistant/ask}, a page at {@code /assistant} and an embeddable widget.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Virtual assistant")
package vn.opendvc.assistant;
