package vn.opendvc.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.ProcedureCatalog.FieldCount;
import vn.opendvc.catalog.ProcedureCatalog.SearchResult;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.catalog.ProcedureSummary;

/**
 * An in-memory Lucene index of the whole catalog, rebuilt from the database (a few thousand short records take a
 * fraction of a second). The database stays the only source of truth: every node builds its own index and rebuilds
 * it when the catalog's version changes, so nothing depends on one node's local state.
 */
@Component
class ProcedureIndex {

    private static final Logger log = LoggerFactory.getLogger(ProcedureIndex.class);
    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d+\\.\\d{6}");

    private final ProcedureStore store;
    private final VietnameseFoldingAnalyzer analyzer = new VietnameseFoldingAnalyzer();
    private volatile Snapshot snapshot;

    ProcedureIndex(ProcedureStore store) {
        this.store = store;
    }

    /** An immutable view: the searcher and the summaries it returns belong to the same catalog version. */
    private record Snapshot(IndexSearcher searcher, Map<Long, ProcedureSummary> summaries, List<FieldCount> fields,
            ProcedureStore.Version version) {
    }

    @TransactionalEventListener
    void on(CatalogChanged changed) {
        refreshIfStale();
    }

    /**
     * Also picks up imports made through another node. Runs on every node, never under a cluster lock: each node
     * keeps its own index in memory.
     */
    @Scheduled(fixedDelayString = "${opendvc.catalog.index-check:PT1M}", initialDelayString = "${opendvc.catalog.index-check:PT1M}")
    synchronized void refreshIfStale() {
        Snapshot current = snapshot;
        if (current == null || !current.version().equals(store.version())) {
            rebuild();
        }
    }

    synchronized void rebuild() {
        long started = System.nanoTime();
        ProcedureStore.Version version = store.version();
        List<ProcedureStore.Searchable> all = store.allSearchable();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<Long, ProcedureSummary> summaries = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ProcedureStore.Searchable s : all) {
                writer.addDocument(document(s));
                summaries.put(s.summary().id(), s.summary());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            List<FieldCount> fields = all.stream().map(s -> s.summary().field()).filter(f -> f != null && !f.isBlank())
                    .collect(Collectors.groupingBy(f -> f, Collectors.counting())).entrySet().stream()
                    .map(e -> new FieldCount(e.getKey(), e.getValue().intValue()))
                    .sorted(Comparator.comparingInt(FieldCount::count).reversed().thenComparing(FieldCount::field))
                    .toList();
            // The previous snapshot is left to the garbage collector: searches may still be reading it.
            snapshot = new Snapshot(searcher, Map.copyOf(summaries), fields, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Catalog search index: {} procedures in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private Document document(ProcedureStore.Searchable s) {
        ProcedureSummary p = s.summary();
        Document doc = new Document();
        doc.add(new StoredField("id", p.id()));
        doc.add(new TextField("name", VietnameseFoldingAnalyzer.normalized(p.name()), Field.Store.NO));
        doc.add(new StringField("exact", exactName(p.name()), Field.Store.NO));
        doc.add(new TextField("other", VietnameseFoldingAnalyzer.normalized(s.otherText()), Field.Store.NO));
        doc.add(new SortedDocValuesField("name_sort", new BytesRef(String.join(" ", analyzer.words(p.name())))));
        doc.add(new NumericDocValuesField("configured_sort", p.configured() ? 1 : 0));
        keyword(doc, "code", p.code());
        keyword(doc, "field", p.field());
        keyword(doc, "level", p.level());
        keyword(doc, "agencyKind", s.agencyKind());
        keyword(doc, "onlineLevel", p.onlineLevel() == null ? null : p.onlineLevel().name());
        keyword(doc, "configured", Boolean.toString(p.configured()));
        return doc;
    }

    private static void keyword(Document doc, String name, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(name, value, Field.Store.NO));
        }
    }

    /** A name without the customary "Thủ tục" prefix, folded: typing a procedure's exact name ranks it first. */
    private String exactName(String name) {
        List<String> words = analyzer.words(name);
        if (words.size() > 2 && words.get(0).equals("thu") && words.get(1).equals("tuc")) {
            words = words.subList(2, words.size());
        }
        return String.join(" ", words);
    }

    SearchResult search(ProcedureQuery query) {
        Snapshot current = snapshot;
        if (current == null) {
            return new SearchResult(List.of(), 0);
        }
        List<String> words = analyzer.words(query.text());
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        filter(filters, "field", query.field());
        filter(filters, "level", query.level());
        filter(filters, "agencyKind", query.agencyKind());
        filter(filters, "onlineLevel", query.onlineLevel() == null ? null : query.onlineLevel().name());
        filter(filters, "configured", query.configured() == null ? null : query.configured().toString());
        try {
            int wanted = (query.page() + 1) * query.size();
            Query relevance;
            TopDocs top;
            long total;
            if (words.isEmpty()) {
                relevance = filters.add(new MatchAllDocsQuery(), Occur.MUST).build();
                Sort sort = new Sort(new SortField("configured_sort", SortField.Type.INT, true),
                        new SortField("name_sort", SortField.Type.STRING));
                top = current.searcher().search(relevance, wanted, sort);
                total = current.searcher().count(relevance);
            } else {
                relevance = relevance(query.text(), words, true, filters);
                total = current.searcher().count(relevance);
                if (total == 0 && words.size() > 1) {
                    // Nothing has every word: fall back to most of them rather than an empty page.
                    relevance = relevance(query.text(), words, false, filters);
                    total = current.searcher().count(relevance);
                }
                top = current.searcher().search(relevance, wanted);
            }
            StoredFields stored = current.searcher().storedFields();
            List<ProcedureSummary> items = new ArrayList<>();
            ScoreDoc[] hits = top.scoreDocs;
            for (int i = query.page() * query.size(); i < hits.length; i++) {
                long id = stored.document(hits[i].doc).getField("id").numericValue().longValue();
                items.add(current.summaries().get(id));
            }
            return new SearchResult(items, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<FieldCount> fields() {
        Snapshot current = snapshot;
        return current == null ? List.of() : current.fields();
    }

    private Query relevance(String text, List<String> words, boolean everyWord, BooleanQuery.Builder filters) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            BooleanQuery.Builder anyField = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term("name", word)), 3f), Occur.SHOULD)
                    .add(new TermQuery(new Term("other", word)), Occur.SHOULD);
            boolean typing = i == words.size() - 1 && word.length() >= 2;
            if (typing) {
                // Results update as the citizen types: the last word may be unfinished.
                anyField.add(new BoostQuery(new PrefixQuery(new Term("name", word)), 1.5f), Occur.SHOULD);
                anyField.add(new BoostQuery(new PrefixQuery(new Term("other", word)), 0.5f), Occur.SHOULD);
            }
            matching.add(anyField.build(), everyWord ? Occur.MUST : Occur.SHOULD);
        }
        if (!everyWord) {
            matching.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(words.size() * 0.6)));
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        String trimmed = text.strip();
        if (PROCEDURE_CODE.matcher(trimmed).matches()) {
            top.add(new BooleanQuery.Builder()
                    .add(matching.build(), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term("code", trimmed)), 50f), Occur.SHOULD)
                    .build(), Occur.MUST);
        } else {
            top.add(matching.build(), Occur.MUST);
        }
        if (words.size() > 1) {
            top.add(new BoostQuery(new PhraseQuery("name", words.toArray(String[]::new)), 4f), Occur.SHOULD);
        }
        top.add(new BoostQuery(new TermQuery(new Term("exact", String.join(" ", words))), 20f), Occur.SHOULD);
        top.add(new BoostQuery(new TermQuery(new Term("configured", "true")), 0.5f), Occur.SHOULD);
        for (var clause : filters.build().clauses()) {
            top.add(clause.query(), Occur.FILTER);
        }
        return top.build();
    }

    private static void filter(BooleanQuery.Builder filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
