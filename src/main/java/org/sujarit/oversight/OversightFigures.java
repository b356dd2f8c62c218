package org.sujarit.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sujarit.infrastructure.db.replica.ReplicaReads;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.IndicatorSource.Kind;
import org.sujarit.staff.OversightScope;
import org.sujarit.tenant.OrganisationKind;

/**
 * What oversight reads: a place's figures and the figures of the places beneath it, one local
 * government's, league tables of peers, and trends — all from the maintained indicator values,
 * never from the modules' rows, and all through one small-cell rule per fiscal year
 * ({@link SmallCells}). Places are kept for {@code sujarit.oversight.cache-ttl} (15 s): a change
 * reaches the nation within the refresh delay plus that. Every read here may come from the read
 * replica when there is one ({@link ReplicaReads}): a nation's overview is the heaviest read of the
 * application. A cached figure is computed there only once the standby has replayed what the
 * primary had written when its epoch was read, so that it is never stamped newer than it is.
 */
@Service
public class OversightFigures {

    /** The figure of a place for one indicator, with how many of its local governments have a value. */
    public record Figure(Indicator indicator, Cell cell, int reporting, int laos) {
    }

    /**
     * A place beneath the one looked at: a NACC region (id "1"–"9", "0" for Bangkok), a province
     * (its code) or a local government (its slug, with its kind and peer group).
     */
    public record Row(String id, String nameTh, String nameEn, OrganisationKind kind, Peer peer, int laos,
                      Map<String, Cell> cells) {

        public Cell cell(String key) {
            return cells.getOrDefault(key, Cell.NONE);
        }
    }

    public record Overview(OversightScope place, int year, int laos, Map<String, Figure> figures, List<Row> rows) {

        public Figure figure(String key) {
            return figures.get(key);
        }
    }

    /** One local government's figures, with the medians of its peers across the nation. */
    public record Lao(LaoRef lao, int year, Map<String, Cell> cells, Map<String, BigDecimal> peerMedians) {

        public Cell cell(String key) {
            return cells.getOrDefault(key, Cell.NONE);
        }
    }

    public record LaoRef(UUID id, String slug, String nameTh, String nameEn, OrganisationKind kind, String size,
                         String provinceCode, Integer region) {

        public Peer peer() {
            return Peer.of(kind, size);
        }
    }

    public record LeagueRow(int rank, Row row, Cell cell) {
    }

    public record League(Indicator indicator, Peer peer, int year, int laos, BigDecimal peerMedian,
                         BigDecimal scopeMedian, List<LeagueRow> rows) {
    }

    /** A place's (or a local government's) figure in one fiscal year. */
    public record Point(int year, Cell cell) {
    }

    private static final String FROM = """
             from indicator_value iv join organisation o on o.id = iv.tenant_id join province p on p.code = o.province_code
            """;

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final IndicatorStore store;
    private final org.sujarit.tenant.Organisations organisations;
    /*
     * One cache per kind of entry (Caffeine forbids computing an entry from inside another of the same
     * cache). An entry older than the TTL is recomputed in the background on its next use while the
     * old one is served, so at national scale no reader waits for the seconds a nation's overview
     * takes — only the first reader after the entry was unused for eight TTLs.
     */
    private final LoadingCache<String, Stamped<List<Integer>>> years;
    private final LoadingCache<OverviewKey, Stamped<Overview>> overviews;
    private final LoadingCache<SmallKey, Stamped<SmallCells>> patterns;
    private final LoadingCache<PeerKey, Stamped<Map<String, BigDecimal>>> peers;
    private final LoadingCache<LeagueKey, Stamped<League>> leagues;

    OversightFigures(JdbcClient jdbc, IndicatorCatalogue catalogue, IndicatorStore store,
                     org.sujarit.tenant.Organisations organisations,
                     @Value("${sujarit.oversight.cache-ttl:PT15S}") Duration ttl) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.store = store;
        this.years = cache(ttl, 1, k -> computeYears());
        this.overviews = cache(ttl, 2_000, k -> computeOverview(k.place(), k.year()));
        this.patterns = cache(ttl, 20, k -> computeSmallCells(k.year()));
        this.peers = cache(ttl, 200, k -> computePeerMedians(k.peer(), k.year()));
        this.leagues = cache(ttl, 500, k -> computeLeague(k.scope(), k.peer(), k.indicator(), k.year()));
    }

    /**
     * A cache whose entries, once older than the TTL, are checked in the background on their next
     * use: recomputed only when the indicator values' epoch moved since they were computed (or they
     * are older than {@link #RECOMPUTE_AT_LEAST}, for what the epoch does not follow: a renamed local
     * government), else kept as they are — the same instance, so that what was rendered from them
     * stays valid ({@code RenderedFragments}) and an idle nation costs no CPU.
     */
    private <K, V> LoadingCache<K, Stamped<V>> cache(Duration ttl, long size, java.util.function.Function<K, V> compute) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(ttl.isZero() ? 0 : size);
        if (!ttl.isZero()) {
            builder.refreshAfterWrite(ttl).expireAfterAccess(ttl.multipliedBy(8));
        }
        return builder.build(new CacheLoader<K, Stamped<V>>() {
            @Override
            public Stamped<V> load(K key) {
                return computed(key, compute);
            }

            @Override
            public Stamped<V> reload(K key, Stamped<V> old) {
                if (store.epoch() == old.epoch() && System.nanoTime() - old.computedAt() < RECOMPUTE_AT_LEAST.toNanos()) {
                    return old;
                }
                return computed(key, compute);
            }
        });
    }

    /**
     * The epoch a value being computed on this thread is stamped with: the epoch read before its own
     * query, lowered to that of any cached value it was computed from — a place computed from a year's
     * small-cell pattern not yet recomputed is as old as that pattern, and is recomputed again.
     */
    private static final ThreadLocal<long[]> COMPUTING = new ThreadLocal<>();

    private <K, V> Stamped<V> computed(K key, java.util.function.Function<K, V> compute) {
        long[] outer = COMPUTING.get();
        // read before the values: a change committed meanwhile is seen next time
        IndicatorStore.Epoch now = store.epochWithPosition();
        long[] epoch = {now.value()};
        COMPUTING.set(epoch);
        try {
            V value = ReplicaReads.seeing(now.primaryWalPosition(), () -> compute.apply(key));
            return new Stamped<>(value, epoch[0], System.nanoTime());
        } finally {
            COMPUTING.set(outer);
            if (outer != null) {
                outer[0] = Math.min(outer[0], epoch[0]);
            }
        }
    }

    /** A cached value, noting its epoch in the value being computed from it, if any. */
    private static <V> V read(Stamped<V> stamped) {
        long[] computing = COMPUTING.get();
        if (computing != null) {
            computing[0] = Math.min(computing[0], stamped.epoch());
        }
        return stamped.value();
    }

    /** How long a cached figure may be kept while no indicator value changed. */
    static final Duration RECOMPUTE_AT_LEAST = Duration.ofMinutes(10);

    /** A cached value with the epoch of the indicator values it was computed from. */
    private record Stamped<V>(V value, long epoch, long computedAt) { }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** The fiscal year asked for when it is a plausible one, else the current one. */
    public int yearOrCurrent(java.util.Optional<Integer> year) {
        return year.filter(y -> y >= 2500 && y <= 2700).orElseGet(this::currentYear);
    }

    public int currentYear() {
        return FiscalYear.containing(store.today()).buddhistYear();
    }

    /** The fiscal years with figures, newest first, always with the current one. */
    public List<Integer> years() {
        return read(years.get("years"));
    }

    private List<Integer> computeYears() {
        {
            List<Integer> years = new ArrayList<>(jdbc.sql("""
                    with recursive y as (select max(fiscal_year) as y from indicator_value
                      union all select (select max(fiscal_year) from indicator_value where fiscal_year < y.y) from y where y.y is not null)
                    select y from y where y is not null""").query(Integer.class).list());
            if (!years.contains(currentYear())) {
                years.add(currentYear());
            }
            years.sort(Comparator.reverseOrder());
            return List.copyOf(years);
        }
    }

    public Overview overview(OversightScope place, int year) {
        return read(overviews.get(new OverviewKey(place, year)));
    }

    private record OverviewKey(OversightScope place, int year) { }

    private Overview computeOverview(OversightScope place, int year) {
        ScopeSql where = ScopeSql.of(place);
        String child = switch (place.level()) {
            case NATION -> "coalesce(p.nacc_region, 0)::text";
            case REGION -> "p.code::text";
            case PROVINCE -> "o.id::text";
        };
        Map<String, Integer> laos = new HashMap<>();
        jdbc.sql("select " + child + " as child, count(*) from organisation o join province p on p.code = o.province_code where "
                        + where.condition() + " group by 1")
                .params(where.params()).query((ResultSet rs) -> {
                    laos.put(rs.getString(1), rs.getInt(2));
                });
        int total = laos.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Map<String, Aggregate>> byChild = new HashMap<>();
        Map<String, Aggregate> whole = new HashMap<>();
        List<Object> params = new ArrayList<>();
        params.add(year);
        params.addAll(where.params());
        jdbc.sql("""
                select grouping(child) = 1 as whole, child, indicator, count(value) as reporting, sum(value) as total,
                       sum(numerator) as num, sum(denominator) as den, count(*) filter (where value = 1) as yes,
                       percentile_cont(0.5) within group (order by value) as median
                from (select %s as child, iv.indicator, iv.value, iv.numerator, iv.denominator %s
                      where iv.fiscal_year = ? and %s) x
                group by grouping sets ((child, indicator), (indicator))""".formatted(child, FROM, where.condition()))
                .params(params).query((ResultSet rs) -> {
                    Aggregate a = Aggregate.of(rs);
                    if (rs.getBoolean("whole")) {
                        whole.put(a.indicator(), a);
                    } else {
                        byChild.computeIfAbsent(rs.getString("child"), c -> new HashMap<>()).put(a.indicator(), a);
                    }
                });
        SmallCells cells = smallCells(year);
        String node = node(place);
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            Aggregate a = whole.get(indicator.key());
            figures.put(indicator.key(), new Figure(indicator, cell(indicator, a, total, node, cells, whole),
                    a == null ? 0 : a.reporting(), total));
        }
        List<Row> rows = new ArrayList<>();
        for (ChildRef ref : children(place)) {
            Map<String, Aggregate> aggregates = byChild.getOrDefault(ref.key(), Map.of());
            int n = laos.getOrDefault(ref.key(), 0);
            // a local government's own row holds its own figure (a yes/no as 1 or 0), not a share of one
            int of = place.level() == OversightScope.Level.PROVINCE ? 0 : n;
            Map<String, Cell> row = new HashMap<>();
            for (Indicator indicator : catalogue.indicators()) {
                row.put(indicator.key(), cell(indicator, aggregates.get(indicator.key()), of, ref.node(), cells, aggregates));
            }
            rows.add(new Row(ref.rowId(), ref.nameTh(), ref.nameEn(), ref.kind(), ref.peer(), n, row));
        }
        return new Overview(place, year, total, figures, rows);
    }

    public Optional<LaoRef> lao(String slug) {
        return ReplicaReads.during(() -> jdbc.sql("""
                select o.id, o.slug, o.name_th, o.name_en, o.kind, o.size_class, o.province_code, p.nacc_region
                from organisation o join province p on p.code = o.province_code where o.slug = ?""")
                .param(slug).query(OversightFigures::laoRef).optional());
    }

    public Lao lao(LaoRef lao, int year) {
        return ReplicaReads.during(() -> computeLao(lao, year));
    }

    private Lao computeLao(LaoRef lao, int year) {
        SmallCells small = smallCells(year);
        Map<String, Aggregate> values = new HashMap<>();
        jdbc.sql("""
                select indicator, count(value) as reporting, sum(value) as total, sum(numerator) as num,
                       sum(denominator) as den, count(*) filter (where value = 1) as yes,
                       percentile_cont(0.5) within group (order by value) as median
                from indicator_value where tenant_id = ? and fiscal_year = ? group by indicator""")
                .params(lao.id(), year).query((ResultSet rs) -> {
                    Aggregate a = Aggregate.of(rs);
                    values.put(a.indicator(), a);
                });
        Map<String, Cell> cells = new HashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            cells.put(indicator.key(), cell(indicator, values.get(indicator.key()), 0, "T:" + lao.id(), small, values));
        }
        return new Lao(lao, year, cells, peerMedians(lao.peer(), year));
    }

    /** The median of each indicator over a peer group's local governments across the nation. */
    public Map<String, BigDecimal> peerMedians(Peer peer, int year) {
        return read(peers.get(new PeerKey(peer, year)));
    }

    private Map<String, BigDecimal> computePeerMedians(Peer peer, int year) {
        {
            Map<String, BigDecimal> medians = new HashMap<>();
            ScopeSql where = ScopeSql.of(peer);
            List<Object> params = new ArrayList<>();
            params.add(year);
            params.addAll(where.params());
            jdbc.sql("select iv.indicator, percentile_cont(0.5) within group (order by iv.value)" + FROM
                            + " where iv.fiscal_year = ? and " + where.condition() + " group by iv.indicator")
                    .params(params).query((ResultSet rs) -> {
                        if (rs.getObject(2) != null) {
                            medians.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
                        }
                    });
            return Map.copyOf(medians);
        }
    }

    private record PeerKey(Peer peer, int year) { }

    /**
     * The local governments of a peer group within a scope, ranked on one indicator (best first
     * when the indicator has a better direction, else largest first); those without a value last.
     * Withheld cells rank by nothing and sit with them: a rank must not hint at a hidden count.
     */
    public League league(OversightScope scope, Peer peer, Indicator indicator, int year) {
        return read(leagues.get(new LeagueKey(scope, peer, indicator, year)));
    }

    private record LeagueKey(OversightScope scope, Peer peer, Indicator indicator, int year) { }

    private League computeLeague(OversightScope scope, Peer peer, Indicator indicator, int year) {
        SmallCells small = smallCells(year);
        ScopeSql in = ScopeSql.of(scope);
        ScopeSql of = ScopeSql.of(peer);
        List<Object> params = new ArrayList<>();
        params.add(indicator.key());
        params.add(year);
        params.addAll(in.params());
        params.addAll(of.params());
        List<LeagueRow> rows = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        jdbc.sql("""
                select o.id, o.slug, o.name_th, o.name_en, o.kind, o.size_class, o.province_code, p.nacc_region,
                       iv.value, iv.numerator, iv.denominator
                from organisation o join province p on p.code = o.province_code
                left join indicator_value iv on iv.tenant_id = o.id and iv.indicator = ? and iv.fiscal_year = ?
                where %s and %s""".formatted(in.condition(), of.condition()))
                .params(params).query((ResultSet rs) -> {
                    LaoRef ref = laoRef(rs, 0);
                    BigDecimal value = rs.getBigDecimal("value");
                    Aggregate a = value == null ? null : new Aggregate(indicator.key(), 1, value,
                            rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
                            value.compareTo(BigDecimal.ONE) == 0 ? 1 : 0, value);
                    Cell cell = cell(indicator, a, 0, "T:" + ref.id(), small);
                    if (cell.shown()) {
                        values.add(cell.value());
                    }
                    rows.add(new LeagueRow(0, new Row(ref.slug(), ref.nameTh(), ref.nameEn(), ref.kind(), ref.peer(), 1,
                            Map.of(indicator.key(), cell)), cell));
                });
        Comparator<BigDecimal> order = Boolean.FALSE.equals(indicator.higherIsBetter())
                ? Comparator.naturalOrder() : Comparator.<BigDecimal>reverseOrder();
        rows.sort(Comparator.comparing((LeagueRow r) -> r.cell().shown() ? r.cell().value() : null,
                        Comparator.nullsLast(order))
                .thenComparing(r -> r.row().nameTh()));
        List<LeagueRow> ranked = new ArrayList<>(rows.size());
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            LeagueRow r = rows.get(i);
            if (!r.cell().shown()) {
                ranked.add(r);
                continue;
            }
            if (previous == null || r.cell().value().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.cell().value();
            }
            ranked.add(new LeagueRow(rank, r.row(), r.cell()));
        }
        return new League(indicator, peer, year, rows.size(), peerMedians(peer, year).get(indicator.key()),
                median(values), ranked);
    }

    /** One indicator of a place over the fiscal years with figures, oldest first. */
    public List<Point> trend(OversightScope place, Indicator indicator) {
        List<Point> points = new ArrayList<>();
        for (Integer year : oldestFirst()) {
            Figure figure = overview(place, year).figure(indicator.key());
            points.add(new Point(year, figure == null ? Cell.NONE : figure.cell()));
        }
        return points;
    }

    /** A place's overviews of every fiscal year with figures, oldest first: what its trends are drawn from. */
    public List<Overview> overviews(OversightScope place) {
        return oldestFirst().stream().map(year -> overview(place, year)).toList();
    }

    private List<Integer> oldestFirst() {
        List<Integer> years = new ArrayList<>(years());
        java.util.Collections.reverse(years);
        return years;
    }

    public List<Point> trend(LaoRef lao, Indicator indicator) {
        List<Point> points = new ArrayList<>();
        for (Integer year : oldestFirst()) {
            points.add(new Point(year, lao(lao, year).cell(indicator.key())));
        }
        return points;
    }

    /** Whether a place lies within a user's scope: the scope itself or a place beneath it. */
    public static boolean within(OversightScope scope, OversightScope place, Integer placeRegion) {
        return switch (scope.level()) {
            case NATION -> true;
            case REGION -> place.level() == OversightScope.Level.REGION ? scope.region().equals(place.region())
                    : place.level() == OversightScope.Level.PROVINCE && scope.region().equals(placeRegion);
            case PROVINCE -> place.level() == OversightScope.Level.PROVINCE
                    && scope.provinceCode().equals(place.provinceCode());
        };
    }

    public static boolean within(OversightScope scope, LaoRef lao) {
        return switch (scope.level()) {
            case NATION -> true;
            case REGION -> scope.region().equals(lao.region());
            case PROVINCE -> scope.provinceCode().equals(lao.provinceCode());
        };
    }

    // ---------------------------------------------------------------------------------------------

    /** @param laos how many local governments the place has; 0 for one local government's own figure */
    private Cell cell(Indicator indicator, Aggregate a, int laos, String node, SmallCells small) {
        return cell(indicator, a, laos, node, small, Map.of());
    }

    /**
     * @param row the same read's aggregates of the place, by key: a figure computed over a base
     *            count is withheld when that count, as read with the figure, is 1–4 — even if the
     *            year's pattern, worked out a moment earlier, did not know it yet
     */
    private Cell cell(Indicator indicator, Aggregate a, int laos, String node, SmallCells small, Map<String, Aggregate> row) {
        if (indicator.smallCount()) {
            if (small.withheld(node, indicator.key())) {
                return Cell.hidden(small.state(node, indicator.key()) == SmallCells.State.FEWER_THAN_FIVE
                        ? Cell.Status.FEWER_THAN_FIVE : Cell.Status.COMPLEMENT);
            }
            if (indicator.kind() == org.sujarit.shared.IndicatorSource.Kind.COUNT) {
                // the count the pattern was worked out over, so that what is shown is what was checked
                return Cell.of(small.count(node, indicator.key()));
            }
        }
        if (indicator.base() != null) {
            Aggregate base = row.get(indicator.base());
            if (small.withheld(node, indicator.base()) || SmallCells.small(small.count(node, indicator.base()))
                    || (base != null && SmallCells.small(base.total()))) {
                return a == null ? Cell.NONE : Cell.hidden(Cell.Status.WITHHELD);
            }
        }
        if (a == null) {
            return Cell.NONE;
        }
        return Cell.of(switch (indicator.kind()) {
            case COUNT -> a.total();
            case SHARE -> a.den() == null || a.den().signum() == 0 ? null
                    : a.num().multiply(BigDecimal.valueOf(100)).divide(a.den(), 2, RoundingMode.HALF_UP);
            case MEAN -> a.den() == null || a.den().signum() == 0 ? null : a.num().divide(a.den(), 2, RoundingMode.HALF_UP);
            case MEDIAN -> a.median() == null ? null : a.median().setScale(2, RoundingMode.HALF_UP);
            case YES_NO -> laos == 0 ? a.total() : BigDecimal.valueOf(a.yes() * 100L)
                    .divide(BigDecimal.valueOf(laos), 2, RoundingMode.HALF_UP);
        });
    }

    /** The year's small-cell pattern over the whole hierarchy, shared by every output. */
    SmallCells smallCells(int year) {
        return read(patterns.get(new SmallKey(year)));
    }

    private SmallCells computeSmallCells(int year) {
        {
            Map<String, Indicator> small = catalogue.indicators().stream().filter(Indicator::smallCount)
                    .collect(Collectors.toMap(Indicator::key, i -> i, (a, b) -> a, LinkedHashMap::new));
            Map<String, SmallCells.Node> nodes = new LinkedHashMap<>();
            nodes.put("N", new SmallCells.Node("N", null, new HashMap<>()));
            if (!small.isEmpty()) {
                jdbc.sql("select iv.tenant_id, o.province_code, coalesce(p.nacc_region, 0), iv.indicator, iv.value" + FROM
                                + " where iv.fiscal_year = ? and iv.indicator = any(?)")
                        .params(year, small.keySet().toArray(String[]::new)).query((ResultSet rs) -> {
                            String region = "R:" + rs.getInt(3);
                            String province = "P:" + rs.getString(2);
                            String lao = "T:" + rs.getObject(1, UUID.class);
                            nodes.computeIfAbsent(region, id -> new SmallCells.Node(id, "N", new HashMap<>()));
                            nodes.computeIfAbsent(province, id -> new SmallCells.Node(id, region, new HashMap<>()));
                            nodes.computeIfAbsent(lao, id -> new SmallCells.Node(id, province, new HashMap<>()));
                            BigDecimal value = rs.getBigDecimal(5);
                            if (value != null) {
                                for (String id : List.of(lao, province, region, "N")) {
                                    nodes.get(id).counts().merge(rs.getString(4), value, BigDecimal::add);
                                }
                            }
                        });
            }
            return SmallCells.over(List.copyOf(nodes.values()), small);
        }
    }

    private record SmallKey(int year) { }

    private static String node(OversightScope place) {
        return switch (place.level()) {
            case NATION -> "N";
            case REGION -> "R:" + place.region();
            case PROVINCE -> "P:" + place.provinceCode();
        };
    }

    private record ChildRef(String key, String rowId, String node, String nameTh, String nameEn, OrganisationKind kind, Peer peer) {
    }

    private List<ChildRef> children(OversightScope place) {
        return switch (place.level()) {
            case NATION -> organisations.provinces().stream().map(p -> p.naccRegion() == null ? 0 : p.naccRegion())
                    .distinct().sorted().map(r -> new ChildRef(r.toString(), r.toString(), "R:" + r, null, null, null, null))
                    .toList();
            case REGION -> organisations.provinces().stream().filter(p -> place.region().equals(p.naccRegion()))
                    .map(p -> new ChildRef(p.code(), p.code(), "P:" + p.code(), p.nameTh(), p.nameEn(), null, null))
                    .toList();
            case PROVINCE -> jdbc.sql("""
                    select o.id, o.slug, o.name_th, o.name_en, o.kind, o.size_class, o.province_code, p.nacc_region
                    from organisation o join province p on p.code = o.province_code where o.province_code = ?
                    order by o.kind, o.name_th""")
                    .param(place.provinceCode())
                    .query(OversightFigures::laoRef).list().stream()
                    .map(l -> new ChildRef(l.id().toString(), l.slug(), "T:" + l.id(), l.nameTh(), l.nameEn(), l.kind(), l.peer()))
                    .toList();
        };
    }

    private static LaoRef laoRef(ResultSet rs, int n) throws SQLException {
        return new LaoRef(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name_th"),
                rs.getString("name_en"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("size_class"),
                rs.getString("province_code"), (Integer) rs.getObject("nacc_region"));
    }

    private static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        return m.setScale(2, RoundingMode.HALF_UP);
    }

    private record Aggregate(String indicator, int reporting, BigDecimal total, BigDecimal num, BigDecimal den, long yes,
                             BigDecimal median) {

        static Aggregate of(ResultSet rs) throws SQLException {
            return new Aggregate(rs.getString("indicator"), rs.getInt("reporting"), rs.getBigDecimal("total"),
                    rs.getBigDecimal("num"), rs.getBigDecimal("den"), rs.getLong("yes"), rs.getBigDecimal("median"));
        }
    }
}
