package vn.opendvc.monitoring.internal;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.ProcedureCatalog.Coverage;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * Scorecards from the counters, rolled up along the agency tree: an agency's figures are its own plus those of
 * every agency under it; the catalog figures (transparency, procedures offered online) are those of the procedures
 * each of these agencies receives.
 */
@Component
class IndicatorBoard implements Indicators {

    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final CounterReader counters;
    private final Scoring scoring;
    private final DossierDrillDown drillDown;

    IndicatorBoard(AgencyDirectory agencies, ProcedureCatalog catalog, CounterReader counters, Scoring scoring,
            DossierDrillDown drillDown) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.counters = counters;
        this.scoring = scoring;
        this.drillDown = drillDown;
    }

    @Override
    public Scorecard scorecard(String agencyCode, Period period) {
        Tree tree = tree();
        Set<String> scope = tree.scope(agencyCode);
        Map<String, Map<String, Long>> own = counters.byAgency(COUNTRY.equals(agencyCode) ? null : scope, period);
        return scoring.score(tree.code(agencyCode), tree.name(agencyCode), totals(scope, own, tree));
    }

    /** One read of the counters serves the agency and each agency under it. */
    @Override
    public Overview overview(String agencyCode, Period period) {
        Tree tree = tree();
        Set<String> scope = tree.scope(agencyCode);
        Map<String, Map<String, Long>> own = counters.byAgency(COUNTRY.equals(agencyCode) ? null : scope, period);
        List<Scorecard> children = new ArrayList<>();
        for (Agency child : tree.children(agencyCode)) {
            children.add(scoring.score(child.code(), child.name(), totals(tree.scope(child.code()), own, tree)));
        }
        children.sort(BEST_FIRST);
        return new Overview(scoring.score(tree.code(agencyCode), tree.name(agencyCode), totals(scope, own, tree)),
                List.copyOf(children));
    }

    @Override
    public List<Scorecard> byProcedure(String agencyCode, Period period) {
        Tree tree = tree();
        Set<String> scope = tree.scope(agencyCode);
        List<Scorecard> out = new ArrayList<>();
        counters.byProcedure(COUNTRY.equals(agencyCode) ? null : scope, period).forEach((procedureId, totals) -> {
            String name = tree.procedureName(procedureId)
                    .orElseGet(() -> catalog.find(procedureId).map(p -> p.name()).orElse("#" + procedureId));
            out.add(scoring.score(String.valueOf(procedureId), name, totals));
        });
        out.sort(BEST_FIRST);
        return out;
    }

    @Override
    public List<MonthlyScorecard> monthly(String agencyCode, YearMonth from, YearMonth to) {
        checkMonths(from, to);
        Tree tree = tree();
        Set<String> scope = tree.scope(agencyCode);
        Map<YearMonth, Map<String, Long>> byMonth = counters.byMonth(COUNTRY.equals(agencyCode) ? null : scope,
                from, to);
        Map<String, Long> catalogFigures = catalogFigures(scope, tree);
        List<MonthlyScorecard> out = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<String, Long> totals = new HashMap<>(byMonth.getOrDefault(month, Map.of()));
            totals.putAll(catalogFigures);
            out.add(new MonthlyScorecard(month,
                    scoring.score(tree.code(agencyCode), tree.name(agencyCode), totals)));
        }
        return out;
    }

    @Override
    public Map<String, List<MonthlyScorecard>> monthlyByAgency(YearMonth from, YearMonth to) {
        checkMonths(from, to);
        Tree tree = tree();
        Map<CounterReader.AgencyMonth, Map<String, Long>> own = counters.byAgencyAndMonth(null, from, to);
        Map<String, List<MonthlyScorecard>> out = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        codes.add(COUNTRY);
        tree.all().forEach(agency -> codes.add(agency.code()));
        for (String code : codes) {
            Set<String> scope = tree.scope(code);
            Map<String, Long> catalogFigures = catalogFigures(scope, tree);
            List<MonthlyScorecard> months = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Map<String, Long> totals = new HashMap<>();
                for (String agency : scope) {
                    own.getOrDefault(new CounterReader.AgencyMonth(agency, month), Map.of())
                            .forEach((metric, value) -> totals.merge(metric, value, Long::sum));
                }
                totals.putAll(catalogFigures);
                months.add(new MonthlyScorecard(month, scoring.score(tree.code(code), tree.name(code), totals)));
            }
            out.put(code, months);
        }
        return out;
    }

    private static void checkMonths(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new InvalidInput(Message.of("monitoring.invalid.months"));
        }
    }

    @Override
    public DossierPage dossiers(DossierQuery query) {
        Tree tree = tree();
        Set<String> scope = tree.scope(query.agencyCode());
        return drillDown.list(COUNTRY.equals(query.agencyCode()) ? null : scope, query);
    }

    private static final Comparator<Scorecard> BEST_FIRST = Comparator
            .comparing((Scorecard s) -> s.score() == null ? -1 : s.score()).reversed()
            .thenComparing(Scorecard::name);

    /** The counted totals of every agency in scope, and the catalog figures of the procedures they receive. */
    private Map<String, Long> totals(Set<String> scope, Map<String, Map<String, Long>> own, Tree tree) {
        Map<String, Long> totals = new HashMap<>();
        for (String code : scope) {
            own.getOrDefault(code, Map.of()).forEach((metric, value) -> totals.merge(metric, value, Long::sum));
        }
        totals.putAll(catalogFigures(scope, tree));
        return totals;
    }

    private Map<String, Long> catalogFigures(Set<String> scope, Tree tree) {
        long procedures = 0;
        long complete = 0;
        long fullProcess = 0;
        for (String code : scope) {
            Coverage c = tree.coverage(code);
            if (c != null) {
                procedures += c.procedures();
                complete += c.complete();
                fullProcess += c.fullProcess();
            }
        }
        return Map.of(Metrics.CATALOG_PROCEDURES, procedures, Metrics.CATALOG_COMPLETE, complete,
                Metrics.CATALOG_FULL_PROCESS, fullProcess);
    }

    /**
     * The agency tree and the catalog coverage change only on an import, yet every scorecard needs them: they are
     * read at most once per {@link #REFERENCE_TTL} (per node; the counters themselves are always read fresh).
     */
    private Tree tree() {
        Tree current = reference;
        if (current == null || System.nanoTime() - current.readAt > REFERENCE_TTL.toNanos()) {
            current = new Tree(agencies.all(), catalog.coverageByAgencyKind(), configuredProcedureNames(),
                    System.nanoTime());
            reference = current;
        }
        return current;
    }

    static final Duration REFERENCE_TTL = Duration.ofSeconds(30);

    /** Only configured procedures take dossiers: their names from the search index, a page of 100 at a time. */
    private Map<Long, String> configuredProcedureNames() {
        Map<Long, String> names = new HashMap<>();
        for (int page = 0; ; page++) {
            ProcedureCatalog.SearchResult result = catalog.search(new ProcedureQuery(null, null, null, null, null,
                    true, page, ProcedureQuery.MAX_SIZE));
            result.items().forEach(p -> names.put(p.id(), p.name()));
            if (result.items().isEmpty() || names.size() >= result.total()) {
                return names;
            }
        }
    }

    private volatile Tree reference;

    /** The agency tree with the catalog coverage of each agency's kind. */
    private static final class Tree {

        private final long readAt;
        private final Map<String, Coverage> coverageByKind;
        private final Map<Long, String> procedureNames;
        private final List<Agency> all;
        private final Map<String, Agency> byCode = new HashMap<>();
        private final Map<String, List<Agency>> children = new HashMap<>();

        Tree(List<Agency> all, Map<String, Coverage> coverageByKind, Map<Long, String> procedureNames, long readAt) {
            this.all = all;
            this.coverageByKind = coverageByKind;
            this.procedureNames = procedureNames;
            this.readAt = readAt;
            for (Agency agency : all) {
                byCode.put(agency.code(), agency);
                children.computeIfAbsent(agency.parentCode() == null ? COUNTRY : agency.parentCode(),
                        k -> new ArrayList<>()).add(agency);
            }
        }

        /** Every agency, parents before children. */
        List<Agency> all() {
            return all;
        }

        Agency agency(String code) {
            Agency agency = byCode.get(code);
            if (agency == null) {
                throw Problems.notFound(Message.of("monitoring.problem.agency"), code);
            }
            return agency;
        }

        String code(String code) {
            return COUNTRY.equals(code) ? COUNTRY : agency(code).code();
        }

        String name(String code) {
            return COUNTRY.equals(code) ? "Cả nước" : agency(code).name();
        }

        Optional<String> procedureName(long id) {
            return Optional.ofNullable(procedureNames.get(id));
        }

        Coverage coverage(String code) {
            return coverageByKind.get(byCode.get(code).kind());
        }

        List<Agency> children(String code) {
            if (!COUNTRY.equals(code)) {
                agency(code);
            }
            return children.getOrDefault(code, List.of());
        }

        /** The agency and every agency under it (all agencies for the country). */
        Set<String> scope(String code) {
            Set<String> out = new LinkedHashSet<>();
            if (!COUNTRY.equals(code)) {
                out.add(agency(code).code());
            }
            for (Agency child : children.getOrDefault(code, List.of())) {
                out.addAll(scope(child.code()));
            }
            return out;
        }
    }
}
