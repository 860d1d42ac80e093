package vn.opendvc.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.opendvc.catalog.Procedure;

/**
 * The catalog as the assistant searches it: one Lucene document per procedure with its name (word by word and pair by
 * pair, since Vietnamese words are mostly two syllables) and its other descriptions, folded and spelled like the
 * questions. A search ranks by BM25, then weighs how much of the question each procedure covers and the citizen's
 * situation. Immutable: a changed catalog gets a new index.
 */
final class AssistantIndex {

    /** Below this share of the question's meaning found in the best procedure, the assistant does not know. */
    static final double MIN_COVERAGE = 0.45;
    /** Below this score the best procedure only shares common words with the question. */
    static final double MIN_SCORE = 4.0;
    private static final int CANDIDATES = 40;
    /** A term that came from the lexicon, not from the citizen: it weighs less than a word they typed. */
    private static final float EXPANDED = 0.7f;
    /** Names differ a lot in length: a long official name should not bury the procedure a citizen means. */
    private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Vocabulary vocabulary = new Vocabulary();
    private final IndexSearcher searcher;
    private final boolean inOrder;

    /** One procedure with the words it is found by. */
    record Entry(Procedure procedure, Set<String> words, Set<String> pairs, boolean foreign, boolean abroad,
            boolean business, boolean connected) {
    }

    /** A procedure found for a question, with its final score and how much of the question it covers. */
    record Match(Procedure procedure, double score, double coverage, boolean pairFound) {
    }

    AssistantIndex(List<Procedure> procedures, Lexicon lexicon) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(SIMILARITY))) {
            for (Procedure p : procedures) {
                List<String> name = withoutPrefix(lexicon.spell(Folding.words(p.name())));
                List<String> result = lexicon.spell(Folding.words(p.resultType()));
                List<String> other = lexicon.spell(Folding.words(String.join(" ", nonNull(p.field()),
                        String.join(" ", p.categories()), String.join(" ", p.targets()))));
                Set<String> words = new HashSet<>(name);
                words.addAll(result);
                words.addAll(other);
                Set<String> namePairs = new HashSet<>(pairs(name));
                namePairs.addAll(pairs(result));
                String folded = " " + String.join(" ", name) + " ";
                String subject = folded.replace(" dinh cu o nuoc ngoai ", " ");
                boolean abroad = subject.contains(" o nuoc ngoai ") || subject.contains(" co quan dai dien ");
                boolean foreign = !abroad && subject.contains(" nuoc ngoai ");
                boolean business = p.targets().stream().anyMatch(t -> {
                    String f = Folding.fold(t);
                    return f.contains("doanh nghiep") || f.contains("hop tac xa");
                }) || folded.contains(" doanh nghiep ") || folded.contains(" cong ty ");
                boolean connected = folded.startsWith(" lien thong ");
                Entry entry = new Entry(p, words, namePairs, foreign, abroad, business, connected);
                Document doc = new Document();
                doc.add(new StoredField("n", entries.size()));
                // each word once: a name that repeats "đăng ký" is not more about registering
                doc.add(new TextField("name", String.join(" ", new LinkedHashSet<>(name)), Field.Store.NO));
                doc.add(new TextField("pair", String.join(" ", namePairs), Field.Store.NO));
                doc.add(new TextField("result", String.join(" ", result), Field.Store.NO));
                doc.add(new TextField("other", String.join(" ", other), Field.Store.NO));
                writer.addDocument(doc);
                entries.add(entry);
                words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
                vocabulary.addText(name);
                vocabulary.addText(result);
                vocabulary.addText(other);
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            // one segment, documents in the order added: a hit's doc id is its entry's position
            this.inOrder = reader.leaves().size() == 1 && reader.maxDoc() == entries.size();
            this.searcher = new IndexSearcher(reader);
            this.searcher.setSimilarity(SIMILARITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vocabulary.addWords(lexicon.words());
        vocabulary.seal();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    int size() {
        return entries.size();
    }

    /** Procedures best first; empty when no word of the question is in the catalog. */
    List<Match> search(ReadQuestion question, int limit) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(question.terms()));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            float own = question.expanded().contains(term) ? EXPANDED : 1f;
            query.add(new BoostQuery(new TermQuery(new Term("name", term)), own), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term("result", term)), 0.8f * own), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term("other", term)), 0.25f * own), Occur.SHOULD);
        }
        List<String> questionPairs = pairs(question.terms());
        for (String pair : questionPairs) {
            query.add(new BoostQuery(new TermQuery(new Term("pair", pair)), 1.5f), Occur.SHOULD);
        }
        double total = terms.stream().mapToDouble(this::weight).sum();
        try {
            ScoreDoc[] hits = searcher.search(query.build(), CANDIDATES).scoreDocs;
            StoredFields stored = inOrder ? null : searcher.storedFields();
            List<Match> matches = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Entry entry = entries.get(inOrder ? hit.doc
                        : stored.document(hit.doc).getField("n").numericValue().intValue());
                double covered = terms.stream().filter(entry.words()::contains).mapToDouble(this::weight).sum();
                double coverage = covered / total;
                double score = hit.score * coverage * coverage * situation(entry, question);
                boolean pairFound = questionPairs.stream().anyMatch(entry.pairs()::contains);
                matches.add(new Match(entry.procedure(), score, coverage, pairFound));
            }
            matches.sort(Comparator.comparingDouble(Match::score).reversed());
            return matches.subList(0, Math.min(limit, matches.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double situation(Entry entry, ReadQuestion question) {
        // the configured procedures are the widely used ones: a strong prior
        double factor = entry.procedure().configured() ? 1.6 : 1.0;
        if (entry.foreign()) {
            factor *= question.foreign() ? 1.6 : 0.7;
        }
        if (entry.abroad()) {
            factor *= question.abroad() ? 1.6 : 0.7;
        }
        if (entry.connected() && !question.terms().contains("lien")) {
            factor *= 0.6; // a connected procedure names several others: it fits many questions, asked for by few
        }
        if (question.business() && entry.business()) {
            factor *= 1.4;
        }
        if (question.level() != null && question.level().equals(entry.procedure().level())) {
            factor *= 1.3;
        }
        return factor;
    }

    /** How much a word says: rare words of the catalog say more; words the catalog never uses count fully. */
    private double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (entries.size() + 1.0) / (df + 0.5));
    }

    /** Names often start with "Thủ tục" (procedure), which says nothing. */
    private static List<String> withoutPrefix(List<String> name) {
        return name.size() > 2 && name.get(0).equals("thu") && name.get(1).equals("tuc") ? name.subList(2, name.size())
                : name;
    }

    private static List<String> pairs(List<String> words) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            pairs.add(words.get(i - 1) + '_' + words.get(i));
        }
        return pairs;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
