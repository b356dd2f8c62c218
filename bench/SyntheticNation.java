import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * A synthetic nation for the oversight benchmark (issue 17, point 8): the real number of local
 * governments of each kind in the 77 provinces (76 อบจ., 30 เทศบาลนคร, 195 เทศบาลเมือง, 2,247 เทศบาลตำบล,
 * 5,300 อบต.), names visibly synthetic, each with a five-year action plan (published on time, late or
 * never), its progress rounds, a fraud-risk assessment per fiscal year, disclosure publications,
 * monthly procurement summaries and complaints over five fiscal years, skewed as life is: city
 * municipalities receive thousands, small อบต. a handful; some local governments never report,
 * some report late. Everything goes in through COPY, in the foreign keys' order, from a seeded random
 * source per local government: the same arguments and moment give the same rows.
 *
 * Run against a database the application has migrated (bench/nation.sh does), as a source file with
 * the application's runtime classpath:
 *   java -cp "$(cat target/bench-classpath.txt)" bench/SyntheticNation.java --url JDBC-URL [--user postgres]
 *        [--laos 7848] [--complaints 1000] [--small] [--seed 17] [--threads 2] [--today YYYY-MM-DD | --now INSTANT]
 * --laos below the national count takes a seeded sample of the nation (kinds in proportion);
 * --complaints is the mean per local government (the total is laos x complaints);
 * --small is 200 local governments with 20 complaints each; --now (an ISO instant, default: the
 * minute the generator starts) or --today (that day's midnight in Bangkok) is the moment the nation
 * is made as of, so that a rerun with the same seed and moment makes the same rows.
 *
 * What it leaves out, on purpose: users, units, complaint events and contacts (no one signs in to a
 * synthetic local government); the text of corruption reports is stored as if sealed, under no key,
 * so that the start-up backfill of sealing leaves it alone (such a case cannot be opened).
 */
public class SyntheticNation {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final long BANGKOK_OFFSET = 7 * 3600;
    static final String TITLE = "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส";
    static final String[] DIMENSIONS = {"การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส",
            "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"};
    /** Any Argon2id-shaped string: nobody signs in to a synthetic case. */
    static final String SECRET_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c3ludGhldGljLXNhbHQ$c3ludGhldGljLWhhc2gtbmV2ZXItbWF0Y2hlcy14eHg";
    /** Looks sealed, so VaultBackfill skips it; opens under no key. */
    static final String SEALED = "sealed:v1:c3ludGhldGljIGNvcnJ1cHRpb24gcmVwb3J0IC0gbm90IGVuY3J5cHRlZA==";

    /** The national count of each kind (Department of Local Administration, 2566–2568). */
    enum Kind {
        PAO("pao", "อบจ.ทดสอบ", "Synthetic PAO", 76, 1, 2.0),
        CITY_MUNICIPALITY("city", "เทศบาลนครทดสอบ", "Synthetic City Municipality", 30, 2, 20.0),
        TOWN_MUNICIPALITY("town", "เทศบาลเมืองทดสอบ", "Synthetic Town Municipality", 195, 3, 5.0),
        SUBDISTRICT_MUNICIPALITY("stm", "เทศบาลตำบลทดสอบ", "Synthetic Subdistrict Municipality", 2247, 4, 1.0),
        SAO("sao", "อบต.ทดสอบ", "Synthetic SAO", 5300, 5, 0.3);

        final String slug, th, en;
        final int national, digit;
        final double complaintWeight;

        Kind(String slug, String th, String en, int national, int digit, double complaintWeight) {
            this.slug = slug; this.th = th; this.en = en; this.national = national; this.digit = digit;
            this.complaintWeight = complaintWeight;
        }
    }

    /** Local governments per province (rounded, from DLA counts): the weight each kind is shared out by. */
    static final Map<String, Integer> PROVINCE_WEIGHT = weights("""
            11 49 12 46 13 65 14 158 15 65 16 124 17 42 18 66 19 110 20 99 21 67 22 77 23 39 24 104 25 71 26 45 27 63
            30 333 31 208 32 172 33 206 34 219 35 87 36 143 37 63 38 61 39 64 40 225 41 178 42 100 43 65 44 142 45 203
            46 151 47 143 48 103 49 53 50 211 51 57 52 101 53 78 54 83 55 99 56 71 57 143 58 45 60 142 61 61 62 90
            63 65 64 91 65 102 66 89 67 126 70 104 71 112 72 124 73 114 74 40 75 36 76 93 77 62 80 185 81 60 82 51
            83 19 84 137 85 30 86 78 90 141 91 39 92 100 93 73 94 113 95 65 96 88""");
    /** Where the 30 เทศบาลนคร are (two in some provinces). */
    static final List<String> CITY_PROVINCES = List.of("11", "12", "12", "13", "14", "20", "20", "21", "30", "34", "40",
            "41", "47", "50", "52", "57", "60", "63", "65", "73", "74", "74", "80", "83", "84", "84", "90", "90", "92", "95");

    static final String[][] GENERAL_CATEGORIES = {
            {"roads", "ถนน ทางเท้า สะพาน ท่อระบายน้ำ", "Roads, pavements, bridges, drains"},
            {"lighting", "ไฟฟ้าสาธารณะ", "Street lighting"}, {"water", "น้ำประปา น้ำท่วม", "Water supply, flooding"},
            {"waste", "ขยะ ความสะอาด สิ่งแวดล้อม", "Waste, cleanliness, environment"},
            {"nuisance", "เหตุเดือดร้อนรำคาญ เสียง กลิ่น ควัน", "Nuisance: noise, smell, smoke"},
            {"health", "สาธารณสุข โรคติดต่อ สัตว์จรจัด", "Public health, disease, stray animals"},
            {"service", "การให้บริการของเจ้าหน้าที่", "Service by officials"}, {"other", "เรื่องอื่น ๆ", "Other"}};
    static final String[][] CORRUPTION_CATEGORIES = {
            {"procurement", "การจัดซื้อจัดจ้าง", "Procurement"}, {"permits", "การอนุมัติ อนุญาต ออกใบอนุญาต", "Approvals and permits"},
            {"bribery", "การเรียกรับเงิน สินบน ผลประโยชน์", "Demanding money, bribes or benefits"},
            {"abuse", "การใช้อำนาจหน้าที่โดยมิชอบ", "Abuse of power or position"},
            {"funds", "การใช้จ่ายเงินและทรัพย์สินของราชการ", "Use of public funds and property"},
            {"conflict", "ผลประโยชน์ทับซ้อน", "Conflict of interest"}, {"conduct", "ประพฤติมิชอบ ผิดวินัย", "Misconduct, breach of discipline"},
            {"other-misconduct", "เรื่องอื่น ๆ", "Other"}};
    static final double[] GENERAL_CATEGORY_WEIGHT = {30, 14, 14, 12, 10, 6, 6, 8};
    static final double[] CORRUPTION_CATEGORY_WEIGHT = {30, 12, 15, 15, 12, 6, 6, 4};
    static final String[] SOURCES = {"WEB", "PHONE", "WALK_IN", "LETTER", "EMAIL", "OPEN311"};
    static final double[] SOURCE_WEIGHT = {45, 20, 15, 10, 5, 5};
    static final String[] GENERAL_CAUSES = {"SERVICE_QUALITY", "DELAY", "INFRASTRUCTURE", "RULES_UNCLEAR", "OUTSIDE_MANDATE", "UNFOUNDED", "OTHER"};
    static final String[] CORRUPTION_CAUSES = {"PROCUREMENT", "BRIBERY", "ABUSE_OF_POWER", "CONFLICT_OF_INTEREST", "OFFICIAL_CONDUCT", "UNFOUNDED"};

    /** One synthetic local government. */
    record Lao(int index, UUID id, String slug, Kind kind, String size, String province, int number, double diligence,
               boolean silent, int complaints) {
        String prefix() {
            return "SN%05d".formatted(index + 1);
        }
    }

    record ChecklistItem(int firstYear, String number, String frequency, boolean fromEnd, Period offset, String title) {
    }

    // --- arguments ---------------------------------------------------------------------------------

    String url, user = "postgres", password = "";
    int laoCount = 7848, perLao = 1000, threads = 2;
    long seed = 17;
    LocalDate today;

    /**
     * The moment the nation is made: nothing synthetic happens after it. By default the time the
     * generator starts, so that the app finds only the deadlines that lapse after it (as it would in
     * service), not a whole day's at its first check.
     */
    long now = Instant.now().getEpochSecond() / 60 * 60;
    int currentYear;     // the fiscal year of today (Buddhist Era)
    int firstYear;       // five fiscal years, the current one last
    UUID matrixId;
    List<ChecklistItem> checklist;
    final Map<String, LongAdder> rows = new ConcurrentHashMap<>();
    final LongAdder copyNanos = new LongAdder();

    public static void main(String[] args) throws Exception {
        new SyntheticNation().run(args);
    }

    void run(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--laos" -> laoCount = Integer.parseInt(args[++i]);
                case "--complaints" -> perLao = Integer.parseInt(args[++i]);
                case "--small" -> { laoCount = 200; perLao = 20; }
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--today" -> now = day(LocalDate.parse(args[++i]));
                case "--now" -> now = Instant.parse(args[++i]).getEpochSecond();
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --url JDBC-URL [--user U] [--password P] [--laos N] [--complaints N] [--small] [--seed S] [--threads T] [--today YYYY-MM-DD | --now INSTANT]");
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url jdbc:postgresql://HOST:PORT/DATABASE is required");
        }
        int national = Arrays.stream(Kind.values()).mapToInt(k -> k.national).sum();
        if (laoCount < 1 || laoCount > national) {
            throw new IllegalArgumentException("--laos is between 1 and " + national);
        }
        today = LocalDate.ofEpochDay(Math.floorDiv(now + BANGKOK_OFFSET, 86400));
        currentYear = fiscalYear(today);
        firstYear = currentYear - 4;
        long started = System.nanoTime();

        List<Lao> laos;
        try (Connection c = connect()) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from organisation where slug like 'syn-%'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("This database holds a synthetic nation already (" + r.getLong(1)
                            + " local governments with slugs syn-…); start from a fresh one");
                }
            }
            matrixId = single(c, "select id from risk_matrix where code = 'NACC_3X3' order by version desc limit 1");
            checklist = checklist(c);
            laos = nation(provinces(c));
            c.setAutoCommit(false);
            Tables t = new Tables();
            for (Lao lao : laos) {
                organisation(t, lao);
            }
            t.flush(c);
            c.commit();
        }
        System.out.printf("synthetic nation: %d local governments in %d provinces, %d complaints, fiscal years %d–%d, seed %d, as of %s%n",
                laos.size(), laos.stream().map(Lao::province).distinct().count(),
                laos.stream().mapToLong(Lao::complaints).sum(), firstYear, currentYear, seed, ts(now));

        List<String[]> indexes = dropSecondaryIndexes();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long totalComplaints = Math.max(1, laos.stream().mapToLong(Lao::complaints).sum());
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        int chunk = 20;
        for (int w = 0; w < threads; w++) {
            Thread worker = new Thread(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    int from;
                    while ((from = next.getAndAdd(chunk)) < laos.size()) {
                        Tables t = new Tables();
                        for (Lao lao : laos.subList(from, Math.min(from + chunk, laos.size()))) {
                            programme(t, lao);
                            complaints(t, lao, c);
                            long before = done.get();
                            long after = done.addAndGet(lao.complaints());
                            if (after * 10 / totalComplaints > before * 10 / totalComplaints) {
                                System.out.printf("  %3d%% of the complaints after %.0f s%n", after * 100 / totalComplaints,
                                        (System.nanoTime() - started) / 1e9);
                            }
                        }
                        t.flush(c);
                        c.commit();
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    next.set(Integer.MAX_VALUE / 2);
                }
            }, "nation-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double indexed = recreate(indexes);
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            System.exit(1);
        }
        double loaded = (System.nanoTime() - started) / 1e9;
        long analyzeStart = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // The visibility map and statistics a freshly loaded table lacks: without them the first
            // rebuild would scan the heap for every index-only read and plan blind.
            s.execute("vacuum (analyze) organisation, complaint_case, complaint_deadline, complaint_category, plan, plan_revision,"
                    + " plan_dimension, plan_item, plan_item_budget, plan_result, progress_report, progress_kpi_actual, progress_round,"
                    + " risk_assessment, risk, risk_measure, risk_monitoring, disclosure_publication, procurement_month, procurement_purchase");
            double vacuumed = (System.nanoTime() - analyzeStart) / 1e9;
            long size;
            try (ResultSet r = s.executeQuery("select pg_database_size(current_database())")) {
                r.next();
                size = r.getLong(1);
            }
            System.out.println("rows loaded:");
            rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> System.out.printf("  %-24s %,12d%n", e.getKey(), e.getValue().sum()));
            long total = rows.values().stream().mapToLong(LongAdder::sum).sum();
            System.out.printf("generated and loaded %,d rows in %.1f s (%.0f rows/s; %d threads spent %.1f s in COPY),"
                    + " of which %.1f s rebuilding %d secondary indexes; vacuum analyze %.1f s%n",
                    total, loaded, total / loaded, threads, copyNanos.sum() / 1e9, indexed, indexes.size(), vacuumed);
            System.out.printf("RESULT laos=%d complaints=%d rows=%d load_seconds=%.1f index_seconds=%.1f vacuum_seconds=%.1f database_bytes=%d database_size=%s%n",
                    laos.size(), totalComplaints, total, loaded, indexed, vacuumed, size, pretty(size));
        }
    }

    /**
     * Drops the indexes of the loaded tables that back no constraint (primary, unique and foreign
     * keys stay and check every row), as pg_restore does: one sorted build afterwards costs a
     * fraction of millions of scattered insertions. Returns their names and definitions.
     */
    List<String[]> dropSecondaryIndexes() throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String tables = String.join("', '", Tables.COLUMNS.keySet());
            try (ResultSet r = s.executeQuery("""
                    select i.indexname, i.indexdef from pg_indexes i
                    where i.schemaname = current_schema() and i.tablename in ('%s')
                      and not exists (select 1 from pg_constraint k where k.conindid = format('%%I.%%I', i.schemaname, i.indexname)::regclass)
                    order by i.tablename, i.indexname""".formatted(tables))) {
                while (r.next()) {
                    indexes.add(new String[]{r.getString(1), r.getString(2)});
                }
            }
            for (String[] index : indexes) {
                s.execute("drop index " + index[0]);
            }
        }
        return indexes;
    }

    /** Builds the dropped indexes again, exactly as they were defined; the seconds it took. */
    double recreate(List<String[]> indexes) throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Thread> builders = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int w = 0; w < Math.max(1, threads); w++) {
            Thread builder = new Thread(() -> {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("set maintenance_work_mem = '512MB'");
                    int i;
                    while ((i = next.getAndIncrement()) < indexes.size()) {
                        s.execute(indexes.get(i)[1]);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            builder.start();
            builders.add(builder);
        }
        for (Thread builder : builders) {
            builder.join();
        }
        if (!failures.isEmpty()) {
            System.err.println("Could not build an index again; these are the definitions:");
            indexes.forEach(i -> System.err.println("  " + i[1] + ";"));
            throw failures.get(0);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        Connection c = DriverManager.getConnection(url, p);
        try (Statement s = c.createStatement()) {
            // A lost commit costs a rerun of the generator, not anyone's data.
            s.execute("set synchronous_commit = off");
        }
        return c;
    }

    static UUID single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("Nothing from " + sql + " — has the application migrated this database?");
            }
            return r.getObject(1, UUID.class);
        }
    }

    static List<String> provinces(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select code from province order by code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    static final Pattern DUE = Pattern.compile("(START|END)\\+(P[0-9YMWD]+)");

    /** The checklist items a local government publishes itself (those the system publishes are left out). */
    static List<ChecklistItem> checklist(Connection c) throws SQLException {
        List<ChecklistItem> items = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.first_year, i.number, i.frequency, i.due, i.title_th
                from disclosure_checklist c join disclosure_checklist_item i on i.checklist_id = c.id
                where i.auto_source is null
                  and c.version = (select max(version) from disclosure_checklist d where d.code = c.code)
                order by c.first_year, i.position""")) {
            while (r.next()) {
                Matcher m = DUE.matcher(r.getString(4));
                if (m.matches()) {
                    items.add(new ChecklistItem(r.getInt(1), r.getString(2), r.getString(3), m.group(1).equals("END"),
                            Period.parse(m.group(2)), r.getString(5)));
                }
            }
        }
        return items;
    }

    // --- the nation: how many of each kind in each province ----------------------------------------

    static Map<String, Integer> weights(String text) {
        Map<String, Integer> map = new LinkedHashMap<>();
        String[] parts = text.trim().split("\\s+");
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i], Integer.parseInt(parts[i + 1]));
        }
        return map;
    }

    /** Hamilton's method: {@code total} shared out by weight, the remainders to the largest fractions. */
    static int[] apportion(int total, double[] weight) {
        double sum = Arrays.stream(weight).sum();
        int[] share = new int[weight.length];
        double[] rest = new double[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = sum == 0 ? 0 : total * weight[i] / sum;
            share[i] = (int) Math.floor(exact);
            rest[i] = exact - share[i];
            given += share[i];
        }
        Integer[] order = new Integer[weight.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparing(i -> i));
        for (int i = 0; given < total; i = (i + 1) % order.length, given++) {
            share[order[i]]++;
        }
        return share;
    }

    List<Lao> nation(List<String> provinceCodes) {
        // Bangkok (10) is one special local government of its own kind, not in the DLA's five.
        List<String> provinces = provinceCodes.stream().filter(p -> !p.equals("10")).toList();
        double[] weight = provinces.stream().mapToDouble(p -> PROVINCE_WEIGHT.getOrDefault(p, 80)).toArray();
        record Slot(String province, Kind kind) {
        }
        List<Slot> slots = new ArrayList<>();
        for (String p : provinces) {
            slots.add(new Slot(p, Kind.PAO));
        }
        for (String p : CITY_PROVINCES) {
            if (provinces.contains(p)) {
                slots.add(new Slot(p, Kind.CITY_MUNICIPALITY));
            }
        }
        int[] towns = apportion(Kind.TOWN_MUNICIPALITY.national - provinces.size(), weight);
        int[] subdistricts = apportion(Kind.SUBDISTRICT_MUNICIPALITY.national, weight);
        int[] saos = apportion(Kind.SAO.national, weight);
        for (int i = 0; i < provinces.size(); i++) {
            // every province's seat is at least a town municipality
            for (int n = 0; n < 1 + towns[i]; n++) slots.add(new Slot(provinces.get(i), Kind.TOWN_MUNICIPALITY));
            for (int n = 0; n < subdistricts[i]; n++) slots.add(new Slot(provinces.get(i), Kind.SUBDISTRICT_MUNICIPALITY));
            for (int n = 0; n < saos[i]; n++) slots.add(new Slot(provinces.get(i), Kind.SAO));
        }
        SplittableRandom random = new SplittableRandom(seed);
        if (laoCount < slots.size()) {
            List<Slot> sample = new ArrayList<>(slots);
            for (int i = sample.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Slot s = sample.get(i);
                sample.set(i, sample.get(j));
                sample.set(j, s);
            }
            slots = new ArrayList<>(sample.subList(0, laoCount));
            slots.sort(Comparator.comparing(Slot::province).thenComparing(Slot::kind));
        }
        int n = slots.size();
        double[] complaintWeight = new double[n];
        String[] sizes = new String[n];
        double[] diligence = new double[n];
        boolean[] silent = new boolean[n];
        for (int i = 0; i < n; i++) {
            Kind kind = slots.get(i).kind();
            double w = kind.complaintWeight;
            if (kind == Kind.SAO) {
                double u = random.nextDouble();
                sizes[i] = u < 0.05 ? "LARGE" : u < 0.62 ? "MEDIUM" : "SMALL";
                w = switch (sizes[i]) { case "LARGE" -> 0.8; case "MEDIUM" -> 0.3; default -> 0.05; };
            }
            complaintWeight[i] = w * Math.exp(0.7 * random.nextGaussian());
            diligence[i] = Math.sqrt(random.nextDouble());
            silent[i] = random.nextDouble() < 0.04;
        }
        int[] complaints = apportion((int) Math.min(Integer.MAX_VALUE, (long) n * perLao), complaintWeight);
        Map<Kind, Integer> numbers = new LinkedHashMap<>();
        List<Lao> laos = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Slot s = slots.get(i);
            int number = numbers.merge(s.kind(), 1, Integer::sum);
            laos.add(new Lao(i, id(0x01, i, 0, random), "syn-%s-%04d".formatted(s.kind().slug, number), s.kind(), sizes[i],
                    s.province(), number, diligence[i], silent[i], complaints[i]));
        }
        return laos;
    }

    // --- rows --------------------------------------------------------------------------------------

    /**
     * Ids that grow with the order rows are written in (table, local government, sequence), the rest
     * random: a random UUID key would put every COPYed row on a random page of its index.
     */
    static UUID id(int table, int lao, long sequence, SplittableRandom random) {
        long msb = ((long) table << 56) | ((long) (lao & 0xFFFF) << 40) | ((sequence & 0xFFFFFFL) << 16) | 0x8000L
                | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    void organisation(Tables t, Lao lao) {
        String digits = thaiDigits("%04d".formatted(lao.number()));
        t.row("organisation", lao.id(), lao.slug(), "%s %s (สังเคราะห์)".formatted(lao.kind().th, digits),
                "%s %04d".formatted(lao.kind().en, lao.number()), "9%d%05d".formatted(lao.kind().digit, lao.number()),
                lao.kind().name(), lao.province(), "อำเภอทดสอบ %s (สังเคราะห์)".formatted(thaiDigits(Integer.toString(lao.number() % 9 + 1))),
                "Synthetic District " + (lao.number() % 9 + 1), false, ts(day(LocalDate.of(2022, 6, 1))), lao.size());
    }

    /** Plan, progress rounds, risk assessments, disclosure publications and procurement months. */
    void programme(Tables t, Lao lao) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + lao.index());
        double d = lao.diligence();
        long[] seq = new long[16];
        UUID planId = id(0x10, lao.index(), seq[0]++, r);
        t.row("plan", planId, lao.id(), firstYear, currentYear, ts(day(new FiscalYear(firstYear).first().minusMonths(2))));
        // published on time (before the first year's first round ends), late, or never
        double u = r.nextDouble();
        boolean published = !(lao.silent() && u < 0.6) && u < 0.94;
        long publishedAt = 0;
        if (published) {
            LocalDate first = new FiscalYear(firstYear).first();
            publishedAt = u < 0.6 + 0.3 * d ? day(first.minusDays(45)) + r.nextLong(120 * 86400L)
                    : day(first.plusDays(100)) + r.nextLong(300 * 86400L);
        }
        UUID revisionId = id(0x11, lao.index(), seq[1]++, r);
        t.row("plan_revision", revisionId, lao.id(), planId, 1, published ? "PUBLISHED" : "DRAFT", TITLE, "[]",
                published ? ts(publishedAt) : null, ts(day(new FiscalYear(firstYear).first().minusMonths(2))));
        List<UUID> subDimensions = new ArrayList<>();
        for (int dim = 1; dim <= 4; dim++) {
            UUID top = id(0x12, lao.index(), seq[2]++, r);
            t.row("plan_dimension", top, lao.id(), revisionId, null, Integer.toString(dim), DIMENSIONS[dim - 1], dim);
            int subs = 2 + r.nextInt(2);
            for (int s = 1; s <= subs; s++) {
                UUID sub = id(0x12, lao.index(), seq[2]++, r);
                t.row("plan_dimension", sub, lao.id(), revisionId, top, dim + "." + s, "มาตรการทดสอบ %d.%d (สังเคราะห์)".formatted(dim, s), s);
                subDimensions.add(sub);
            }
        }
        int items = switch (lao.kind()) {
            case PAO, CITY_MUNICIPALITY -> 25 + r.nextInt(16);
            case TOWN_MUNICIPALITY -> 18 + r.nextInt(13);
            case SUBDISTRICT_MUNICIPALITY -> 12 + r.nextInt(14);
            case SAO -> 10 + r.nextInt(11);
        };
        double budgetScale = switch (lao.kind()) {
            case PAO, CITY_MUNICIPALITY -> 200_000;
            case TOWN_MUNICIPALITY -> 80_000;
            default -> 30_000;
        };
        UUID[] itemKeys = new UUID[items];
        boolean[] budgeted = new boolean[items];
        double[][] budgets = new double[items][5];
        List<double[]> kpis = new ArrayList<>();   // item, result key index, type (0 count, 1 percent), target
        List<UUID> resultKeys = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            UUID itemId = id(0x13, lao.index(), seq[3]++, r);
            itemKeys[i] = id(0x14, lao.index(), i, r);
            double k = r.nextDouble();
            String kind = k < 0.5 ? "PROJECT" : k < 0.8 ? "ACTIVITY" : "MEASURE";
            budgeted[i] = kind.equals("PROJECT") && r.nextDouble() < 0.8;
            t.row("plan_item", itemId, lao.id(), revisionId, subDimensions.get(r.nextInt(subDimensions.size())), itemKeys[i], i + 1,
                    kind, (kind.equals("PROJECT") ? "โครงการทดสอบ" : kind.equals("ACTIVITY") ? "กิจกรรมทดสอบ" : "มาตรการทดสอบ")
                            + " ที่ " + (i + 1) + " (สังเคราะห์)", "[]", "[]", !budgeted[i]);
            if (budgeted[i]) {
                double base = budgetScale * (0.3 + r.nextDouble() * 1.7);
                for (int y = 0; y < 5; y++) {
                    budgets[i][y] = r.nextDouble() < 0.15 ? 0 : Math.round(base * (0.8 + 0.4 * r.nextDouble()) / 1000) * 1000;
                    t.row("plan_item_budget", lao.id(), itemId, firstYear + y, money(budgets[i][y]));
                }
            }
            int results = 1 + (r.nextDouble() < 0.5 ? 1 : 0);
            for (int p = 1; p <= results; p++) {
                UUID key = id(0x15, lao.index(), seq[5]++, r);
                boolean withKpi = r.nextDouble() < 0.8;
                boolean percent = p == 2 || r.nextDouble() < 0.3;
                double target = percent ? 60 + 5 * r.nextInt(7) : 1 + r.nextInt(100);
                t.row("plan_result", id(0x16, lao.index(), seq[6]++, r), lao.id(), itemId, key, p == 1 ? "OUTPUT" : "OUTCOME", p,
                        p == 1 ? "ผลผลิตทดสอบ (สังเคราะห์)" : "ผลลัพธ์ทดสอบ (สังเคราะห์)",
                        withKpi ? (percent ? "PERCENT_AT_LEAST" : "COUNT_AT_LEAST") : null, withKpi ? money(target) : null,
                        withKpi ? (percent ? "ร้อยละ" : "ครั้ง") : null, withKpi ? (percent ? "SURVEY" : "COUNT") : null);
                if (withKpi) {
                    kpis.add(new double[]{i, resultKeys.size(), percent ? 1 : 0, target});
                }
                resultKeys.add(key);
            }
        }

        // progress: every round that has ended, reported (published) on time, late, never, or left as drafts
        for (int year = firstYear; year <= currentYear; year++) {
            for (int round = 1; round <= 2; round++) {
                FiscalYear fy = new FiscalYear(year);
                LocalDate last = round == 1 ? fy.lastOfFirstHalf() : fy.last();
                if (!last.isBefore(today)) {
                    continue;
                }
                LocalDate due = last.plusMonths(1).withDayOfMonth(last.plusMonths(1).lengthOfMonth());
                long roundPublished = -1;
                boolean drafts = false;
                if (published && !lao.silent() && r.nextDouble() < 0.55 + 0.43 * d) {
                    roundPublished = r.nextDouble() < 0.45 + 0.5 * d ? day(last.plusDays(1)) + r.nextLong((due.toEpochDay() - last.toEpochDay()) * 86400L)
                            : day(due.plusDays(1)) + r.nextLong(150 * 86400L);
                    if (roundPublished >= now) {
                        roundPublished = -1;
                        drafts = true;
                    }
                } else {
                    drafts = published && r.nextDouble() < 0.4;
                }
                if (roundPublished < 0 && !drafts) {
                    continue;
                }
                long written = roundPublished > 0 ? roundPublished - r.nextLong(1, 20 * 86400L) : Math.min(now - 3600, day(last) + r.nextLong(60 * 86400L));
                for (int i = 0; i < items; i++) {
                    if (roundPublished < 0 && r.nextDouble() < 0.5) {
                        continue;
                    }
                    double s = r.nextDouble();
                    String status = round == 1
                            ? (s < 0.25 ? "DONE" : s < 0.75 ? "IN_PROGRESS" : s < 0.97 ? "NOT_STARTED" : "CANNOT_DO")
                            : (s < 0.6 + 0.3 * d ? "DONE" : s < 0.85 ? "IN_PROGRESS" : s < 0.92 ? "NOT_STARTED" : "CANNOT_DO");
                    String reason = status.equals("CANNOT_DO") ? new String[]{"NO_BUDGET", "POLICY_CHANGED", "NOT_ENOUGH_STAFF"}[r.nextInt(3)] : null;
                    double plan = budgeted[i] ? budgets[i][year - firstYear] : 0;
                    double ordinance = plan * (0.7 + 0.3 * r.nextDouble());
                    double disbursed = status.equals("NOT_STARTED") || status.equals("CANNOT_DO") ? 0
                            : ordinance * (round == 1 ? 0.5 : 1.0) * (0.5 + 0.5 * r.nextDouble());
                    UUID reportId = id(0x17, lao.index(), seq[7]++, r);
                    t.row("progress_report", reportId, lao.id(), planId, itemKeys[i], year, round, status, reason,
                            budgeted[i] ? money(plan) : null, budgeted[i] ? money(Math.round(ordinance)) : null,
                            budgeted[i] ? money(Math.round(disbursed)) : null, budgeted[i] ? Boolean.TRUE : null,
                            "ผลการดำเนินงานทดสอบ (สังเคราะห์)", status.equals("DONE"), ts(written));
                    if (status.equals("DONE") || status.equals("IN_PROGRESS")) {
                        for (double[] kpi : kpis) {
                            if ((int) kpi[0] == i) {
                                boolean met = status.equals("DONE") && r.nextDouble() < 0.55 + 0.4 * d;
                                double actual = kpi[3] * (met ? 1 + 0.3 * r.nextDouble() : 0.3 + 0.65 * r.nextDouble());
                                if (kpi[2] == 1) {
                                    actual = Math.min(100, actual);
                                }
                                t.row("progress_kpi_actual", lao.id(), reportId, resultKeys.get((int) kpi[1]), money(Math.round(actual * 100) / 100.0));
                            }
                        }
                    }
                }
                if (roundPublished > 0) {
                    t.row("progress_round", lao.id(), planId, year, round, ts(roundPublished));
                }
            }
        }

        // a fraud-risk assessment per fiscal year: published in the year's first weeks, later, or never
        UUID previous = null;
        for (int year = firstYear; year <= currentYear; year++) {
            FiscalYear fy = new FiscalYear(year);
            if (lao.silent() && r.nextDouble() < 0.5) {
                previous = null;
                continue;
            }
            double p = r.nextDouble();
            long at = p < 0.5 + 0.4 * d ? day(fy.first()) + r.nextLong(75 * 86400L)
                    : p < 0.93 ? day(fy.first().plusDays(90)) + r.nextLong(210 * 86400L) : -1;
            boolean isPublished = at > 0 && at < now;
            UUID assessment = id(0x20, lao.index(), seq[8]++, r);
            long created = Math.min(now - 86400, day(fy.first().minusDays(30)) + r.nextLong(30 * 86400L));
            t.row("risk_assessment", assessment, lao.id(), year, matrixId, isPublished ? "PUBLISHED" : "DRAFT", previous,
                    isPublished ? ts(at) : null, ts(created));
            int risks = 3 + r.nextInt(6);
            for (int k = 1; k <= risks; k++) {
                UUID risk = id(0x21, lao.index(), seq[9]++, r);
                double l = r.nextDouble();
                String light = l < 0.3 ? "GREEN" : l < 0.65 ? "YELLOW" : l < 0.9 ? "ORANGE" : "RED";
                int likelihood = switch (light) { case "GREEN" -> 1; case "YELLOW" -> 1 + r.nextInt(2); case "ORANGE" -> 2 + r.nextInt(2); default -> 3; };
                int impact = switch (light) { case "GREEN" -> 1 + r.nextInt(2); case "YELLOW" -> 2; case "ORANGE" -> 2 + r.nextInt(2); default -> 3; };
                String control = new String[]{"GOOD", "FAIR", "WEAK"}[r.nextDouble() < 0.4 + 0.3 * d ? 0 : r.nextDouble() < 0.7 ? 1 : 2];
                String change = year == firstYear || previous == null ? "NEW" : new String[]{"UNCHANGED", "UNCHANGED", "CHANGED", "NEW"}[r.nextInt(4)];
                t.row("risk", risk, lao.id(), assessment, k, new String[]{"APPROVAL_PERMIT", "POWER_POSITION", "BUDGET_RESOURCES"}[r.nextInt(3)],
                        "กระบวนงานทดสอบ (สังเคราะห์)", "เหตุการณ์ความเสี่ยงทดสอบ ที่ " + k + " (สังเคราะห์)",
                        r.nextDouble() < 0.3 ? "KNOWN" : "UNKNOWN", light, likelihood, impact, control, change);
                UUID measure = id(0x22, lao.index(), seq[10]++, r);
                t.row("risk_measure", measure, lao.id(), risk, 1, "มาตรการจัดการความเสี่ยงทดสอบ (สังเคราะห์)",
                        fy.first(), fy.last(), r.nextDouble() < 0.5 ? itemKeys[r.nextInt(items)] : null);
                if (isPublished) {
                    for (int round = 1; round <= 2; round++) {
                        LocalDate last = round == 1 ? fy.lastOfFirstHalf() : fy.last();
                        if (!last.isBefore(today) || r.nextDouble() > 0.5 + 0.45 * d) {
                            continue;
                        }
                        double s = r.nextDouble();
                        String status = s < (round == 1 ? 0.3 : 0.65 + 0.25 * d) ? "DONE" : s < 0.9 ? "IN_PROGRESS" : s < 0.97 ? "NOT_STARTED" : "CANNOT_DO";
                        int pct = switch (status) { case "DONE" -> 100; case "IN_PROGRESS" -> 10 + r.nextInt(80); default -> 0; };
                        t.row("risk_monitoring", id(0x23, lao.index(), seq[11]++, r), lao.id(), measure, round, status, pct,
                                "ผลการติดตามทดสอบ (สังเคราะห์)", control, ts(Math.min(now - 3600, day(last.plusDays(1)) + r.nextLong(40 * 86400L))));
                    }
                }
            }
            previous = assessment;
        }

        // disclosure: the checklist items the local government publishes itself, period by period
        for (int year = firstYear; year <= currentYear; year++) {
            FiscalYear fy = new FiscalYear(year);
            int listYear = checklist.stream().mapToInt(ChecklistItem::firstYear).filter(f -> f <= fy.year()).max().orElse(-1);
            for (ChecklistItem item : checklist) {
                if (item.firstYear() != listYear || lao.silent() || r.nextDouble() > 0.35 + 0.6 * d) {
                    continue;
                }
                for (String period : periods(item.frequency())) {
                    LocalDate start = fy.first().plusMonths(monthsBefore(period));
                    LocalDate end = start.plusMonths(length(period)).minusDays(1);
                    LocalDate due = (item.fromEnd() ? end : start).plus(item.offset());
                    if (!start.isBefore(today)) {
                        continue;
                    }
                    double p = r.nextDouble();
                    if (p > 0.9 + 0.1 * d) {
                        continue;
                    }
                    LocalDate on = p < 0.55 + 0.4 * d
                            ? due.minusDays(r.nextInt((int) Math.max(1, Math.min(40, due.toEpochDay() - start.toEpochDay() + 1))))
                            : due.plusDays(1 + r.nextInt(60));
                    if (!on.isBefore(today)) {
                        continue;
                    }
                    long at = day(on) + 9 * 3600 + r.nextLong(8 * 3600L);
                    t.row("disclosure_publication", id(0x30, lao.index(), seq[12]++, r), lao.id(), year, item.number(), period,
                            item.title() + " (สังเคราะห์)", on,
                            "https://example.org/synthetic/%s/%d/%s/%s".formatted(lao.slug(), year, item.number(), period),
                            ts(at), ts(at));
                }
            }
        }

        // procurement summaries (สขร.๑): each month published by the 15th of the next, late, left as a draft, or missing
        for (int year = firstYear; year <= currentYear; year++) {
            FiscalYear fy = new FiscalYear(year);
            for (int month = 1; month <= 12; month++) {
                LocalDate first = fy.first().plusMonths(month - 1);
                LocalDate next = first.plusMonths(1);
                if (!next.isBefore(today)) {
                    continue;
                }
                LocalDate due = next.withDayOfMonth(15);
                double p = r.nextDouble();
                long at = -1;
                if (!lao.silent() && p < 0.5 + 0.48 * d) {
                    at = r.nextDouble() < 0.6 + 0.35 * d ? day(next) + r.nextLong((due.toEpochDay() - next.toEpochDay() + 1) * 86400L)
                            : day(due.plusDays(1)) + r.nextLong(90 * 86400L);
                    if (at >= now) {
                        at = -1;
                    }
                } else if (r.nextDouble() < 0.5) {
                    continue;
                }
                boolean none = at > 0 && r.nextDouble() < 0.35;
                UUID monthId = id(0x40, lao.index(), seq[13]++, r);
                long updated = at > 0 ? at : Math.min(now - 3600, day(next) + r.nextLong(20 * 86400L));
                t.row("procurement_month", monthId, lao.id(), year, month, none, at > 0 ? ts(at) : null, ts(updated));
                if (!none) {
                    int purchases = 1 + r.nextInt(3);
                    for (int k = 1; k <= purchases; k++) {
                        double budget = Math.round(budgetScale * (0.05 + r.nextDouble() * 0.5) / 100) * 100;
                        double agreed = Math.round(budget * (0.85 + 0.15 * r.nextDouble()));
                        double m = r.nextDouble();
                        t.row("procurement_purchase", id(0x41, lao.index(), seq[14]++, r), lao.id(), monthId, k,
                                "จัดซื้อจัดจ้างทดสอบ ที่ " + k + " (สังเคราะห์)", money(budget), money(budget),
                                m < 0.85 ? "SPECIFIC" : m < 0.95 ? "E_BIDDING" : "E_MARKET",
                                "ห้างหุ้นส่วนทดสอบ (สังเคราะห์)", money(agreed), "เป็นผู้เสนอราคาต่ำสุด (สังเคราะห์)", "COMPLETED", ts(updated));
                    }
                }
            }
        }
    }

    /**
     * The complaint centre: settings, the default categories and the cases of five fiscal years,
     * numbered per fiscal year in the order filed, each with its acknowledgement and 15-day action
     * deadlines. Written to the database whenever the buffers grow large (a city has thousands).
     */
    void complaints(Tables t, Lao lao, Connection c) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed * 7_000_003L + lao.index());
        double d = lao.diligence();
        t.row("complaint_settings", lao.id(), lao.prefix());
        UUID[] general = new UUID[8];
        UUID[] corruption = new UUID[8];
        for (int i = 0; i < 8; i++) {
            general[i] = id(0x50, lao.index(), i, r);
            corruption[i] = id(0x50, lao.index(), 8 + i, r);
            t.row("complaint_category", general[i], lao.id(), "GENERAL", GENERAL_CATEGORIES[i][0], GENERAL_CATEGORIES[i][1],
                    GENERAL_CATEGORIES[i][2], i + 1);
            t.row("complaint_category", corruption[i], lao.id(), "CORRUPTION", CORRUPTION_CATEGORIES[i][0], CORRUPTION_CATEGORIES[i][1],
                    CORRUPTION_CATEGORIES[i][2], i + 1);
        }
        int n = lao.complaints();
        long start = day(new FiscalYear(firstYear).first());
        long span = now - start;
        long[] filed = new long[n];
        for (int i = 0; i < n; i++) {
            // more in later years, as people take to the online channel
            filed[i] = start + (long) (span * Math.pow(r.nextDouble(), 0.8));
        }
        Arrays.sort(filed);
        int[] sequence = new int[5];
        double corruptionShare = 0.04 + 0.08 * r.nextDouble();
        for (int i = 0; i < n; i++) {
            long f = filed[i];
            int year = fiscalYear(LocalDate.ofEpochDay(Math.floorDiv(f + BANGKOK_OFFSET, 86400)));
            int number = ++sequence[year - firstYear];
            boolean isCorruption = r.nextDouble() < corruptionShare;
            int category = pick(r, isCorruption ? CORRUPTION_CATEGORY_WEIGHT : GENERAL_CATEGORY_WEIGHT);
            String source = SOURCES[pick(r, SOURCE_WEIGHT)];
            boolean anonymous = r.nextDouble() < (isCorruption ? 0.6 : 0.2);
            double age = (now - f) / 86400.0;
            double finishing = 0.8 + 0.18 * d;
            boolean finished = r.nextDouble() < (age > 45 ? finishing : finishing * age / 45);
            boolean within = r.nextDouble() < 0.4 + 0.55 * d;
            long finishedAt = -1;
            if (finished) {
                double days = within ? 0.2 + r.nextDouble() * 14.7 : 15.1 - Math.log(1 - r.nextDouble()) * 25;
                finishedAt = f + (long) (days * 86400);
                if (finishedAt >= now) {
                    finishedAt = -1;
                }
            }
            String status;
            if (finishedAt > 0) {
                double s = r.nextDouble();
                status = s < 0.68 ? "CLOSED" : s < 0.82 ? "RESOLVED" : s < 0.92 ? "NOT_ACCEPTED" : "REFERRED";
            } else {
                double s = r.nextDouble();
                status = age < 3 && s < 0.6 ? "RECEIVED" : s < 0.1 ? "RECEIVED" : s < 0.3 ? "ACKNOWLEDGED" : s < 0.45 ? "ACCEPTED"
                        : s < 0.65 ? "ASSIGNED" : "IN_PROGRESS";
            }
            long touched = finishedAt > 0 ? finishedAt : f;
            Integer satisfaction = null;
            long ratedAt = -1;
            if (finishedAt > 0 && !isCorruption && (status.equals("CLOSED") || status.equals("RESOLVED")) && r.nextDouble() < 0.25) {
                ratedAt = finishedAt + r.nextLong(86400L, 10 * 86400L);
                if (ratedAt < now) {
                    double s = r.nextDouble() - 0.15 * (d - 0.5);
                    satisfaction = s < 0.45 ? 5 : s < 0.75 ? 4 : s < 0.88 ? 3 : s < 0.95 ? 2 : 1;
                    touched = ratedAt;
                } else {
                    ratedAt = -1;
                }
            }
            String cause = finishedAt > 0 && r.nextDouble() < 0.6
                    ? (isCorruption ? CORRUPTION_CAUSES : GENERAL_CAUSES)[r.nextInt(isCorruption ? CORRUPTION_CAUSES.length : GENERAL_CAUSES.length)]
                    : null;
            UUID caseId = id(0x51, lao.index(), i, r);
            String subject = isCorruption ? SEALED : "เรื่องร้องเรียนทดสอบ: " + GENERAL_CATEGORIES[category][1] + " (สังเคราะห์)";
            String description = isCorruption ? SEALED : "ข้อความสังเคราะห์สำหรับวัดประสิทธิภาพ ไม่ใช่เรื่องจริง";
            t.row("complaint_case", caseId, lao.id(), "%s-%d-%04d".formatted(lao.prefix(), year, number), year,
                    isCorruption ? "CORRUPTION" : "GENERAL", source, (isCorruption ? corruption : general)[category],
                    subject, description, anonymous, SECRET_HASH, status, ts(f), finishedAt > 0 ? ts(finishedAt) : null,
                    cause, satisfaction, ratedAt > 0 ? ts(ratedAt) : null, ts(touched));

            // acknowledgement: met by the first move out of RECEIVED
            long ackDue = f + 3 * 86400L;
            long ackMet = -1;
            if (!status.equals("RECEIVED")) {
                ackMet = f + (long) (86400 * (r.nextDouble() < 0.5 + 0.45 * d ? r.nextDouble() * 3 : 3 + r.nextDouble() * 5));
                ackMet = Math.min(ackMet, finishedAt > 0 ? finishedAt : now - 60);
            }
            deadline(t, lao, r, caseId, "ACKNOWLEDGE", "ACKNOWLEDGED", ackDue, ackMet, ackMet > 0 ? "STATUS" : null);
            // action (the 15-day rule): met by handling the case, or by an explanation sent in time
            long actionDue = f + 15 * 86400L;
            long actionMet = finishedAt;
            String metBy = finishedAt > 0 ? "STATUS" : null;
            if ((finishedAt < 0 || finishedAt > actionDue) && r.nextDouble() < 0.3 && f + 14 * 86400L < now) {
                actionMet = f + (long) (86400 * (5 + r.nextDouble() * 9.5));
                metBy = "EXPLANATION";
            }
            deadline(t, lao, r, caseId, "ACTION", null, actionDue, actionMet, metBy);
            if (t.size("complaint_case") > 8 << 20) {
                t.flush(c, "complaint_settings", "complaint_category", "complaint_case", "complaint_deadline");
            }
        }
        for (int y = 0; y < 5; y++) {
            if (sequence[y] > 0) {
                t.row("complaint_sequence", lao.id(), firstYear + y, sequence[y]);
            }
        }
    }

    /** A lapse the 15-minute check would have noticed (and recorded) long ago is marked noticed, so it does not notice millions at once. */
    void deadline(Tables t, Lao lao, SplittableRandom r, UUID caseId, String kind, String status, long due, long met, String metBy) {
        long noticed = due + 900;
        boolean lapsed = met < 0 ? noticed < now : met > noticed;
        t.row("complaint_deadline", id(0x52, lao.index(), t.next(), r), lao.id(), caseId, kind, status, ts(due),
                met > 0 ? ts(met) : null, met > 0 ? metBy : null, lapsed ? ts(noticed) : null);
    }

    // --- small helpers -------------------------------------------------------------------------------

    record FiscalYear(int year) {
        LocalDate first() {
            return LocalDate.of(year - 543 - 1, 10, 1);
        }

        LocalDate last() {
            return LocalDate.of(year - 543, 9, 30);
        }

        LocalDate lastOfFirstHalf() {
            return LocalDate.of(year - 543, 3, 31);
        }
    }

    static int fiscalYear(LocalDate date) {
        return (date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear()) + 543;
    }

    /** Midnight of a day in Bangkok, in epoch seconds. */
    static long day(LocalDate date) {
        return date.toEpochDay() * 86400 - BANGKOK_OFFSET;
    }

    static Instant ts(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    static String money(double amount) {
        return java.math.BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static int pick(SplittableRandom r, double[] weight) {
        double sum = 0;
        for (double w : weight) sum += w;
        double u = r.nextDouble() * sum;
        for (int i = 0; i < weight.length; i++) {
            u -= weight[i];
            if (u < 0) return i;
        }
        return weight.length - 1;
    }

    static List<String> periods(String frequency) {
        return switch (frequency) {
            case "MONTHLY" -> List.of("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12");
            case "QUARTERLY" -> List.of("Q1", "Q2", "Q3", "Q4");
            case "HALF_YEARLY" -> List.of("H1", "H2");
            case "YEARLY" -> List.of("YEAR");
            default -> List.of("ONCE");
        };
    }

    static int monthsBefore(String period) {
        return switch (period.charAt(0)) {
            case 'M' -> Integer.parseInt(period.substring(1)) - 1;
            case 'Q' -> (period.charAt(1) - '1') * 3;
            case 'H' -> (period.charAt(1) - '1') * 6;
            default -> 0;
        };
    }

    static int length(String period) {
        return switch (period.charAt(0)) {
            case 'M' -> 1;
            case 'Q' -> 3;
            case 'H' -> 6;
            default -> 12;
        };
    }

    static String thaiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch >= '0' && ch <= '9' ? (char) ('๐' + (ch - '0')) : ch);
        }
        return b.toString();
    }

    static String pretty(long bytes) {
        return bytes >= 1L << 30 ? "%.2f GiB".formatted(bytes / (double) (1L << 30)) : "%.1f MiB".formatted(bytes / (double) (1L << 20));
    }

    /**
     * Rows buffered per table in COPY's text format, written in the foreign keys' order. The column
     * lists name what is given; every other column takes its default.
     */
    final class Tables {

        static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("organisation", "id, slug, name_th, name_en, dla_code, kind, province_code, district_th, district_en, demo, created_at, size_class");
            COLUMNS.put("plan", "id, tenant_id, first_year, last_year, created_at");
            COLUMNS.put("plan_revision", "id, tenant_id, plan_id, number, status, title, objectives, published_at, created_at");
            COLUMNS.put("plan_dimension", "id, tenant_id, revision_id, parent_id, number, title, position");
            COLUMNS.put("plan_item", "id, tenant_id, revision_id, dimension_id, item_key, position, kind, name, objectives, method, budget_none");
            COLUMNS.put("plan_item_budget", "tenant_id, item_id, fiscal_year, amount");
            COLUMNS.put("plan_result", "id, tenant_id, item_id, result_key, kind, position, text, kpi_type, kpi_target, kpi_unit, kpi_method");
            COLUMNS.put("progress_report", "id, tenant_id, plan_id, item_key, fiscal_year, round, status, cannot_reason, budget_plan,"
                    + " budget_ordinance, disbursed, in_ordinance, narrative, locked, updated_at");
            COLUMNS.put("progress_kpi_actual", "tenant_id, report_id, result_key, actual");
            COLUMNS.put("progress_round", "tenant_id, plan_id, fiscal_year, round, published_at");
            COLUMNS.put("risk_assessment", "id, tenant_id, fiscal_year, matrix_id, status, previous_id, published_at, created_at");
            COLUMNS.put("risk", "id, tenant_id, assessment_id, position, area, process, event, factor_kind, traffic_light, likelihood,"
                    + " impact, control_quality, change");
            COLUMNS.put("risk_measure", "id, tenant_id, risk_id, position, measure, period_from, period_to, plan_item_key");
            COLUMNS.put("risk_monitoring", "id, tenant_id, measure_id, round, status, progress_pct, result, control_quality, updated_at");
            COLUMNS.put("disclosure_publication", "id, tenant_id, fiscal_year, item_number, period, title, published_on, link_url,"
                    + " created_at, changed_at");
            COLUMNS.put("procurement_month", "id, tenant_id, fiscal_year, fiscal_month, no_procurement, published_at, updated_at");
            COLUMNS.put("procurement_purchase", "id, tenant_id, month_id, position, work, budget, reference_price, method, winner,"
                    + " agreed_price, reason, status, updated_at");
            COLUMNS.put("complaint_settings", "tenant_id, prefix");
            COLUMNS.put("complaint_category", "id, tenant_id, channel, code, name_th, name_en, position");
            COLUMNS.put("complaint_sequence", "tenant_id, fiscal_year, last_number");
            COLUMNS.put("complaint_case", "id, tenant_id, number, fiscal_year, channel, source, category_id, subject, description,"
                    + " anonymous, secret_hash, status, filed_at, finished_at, cause, satisfaction, rated_at, updated_at");
            COLUMNS.put("complaint_deadline", "id, tenant_id, case_id, kind, status, due_at, met_at, met_by, overdue_noticed_at");
        }

        final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        long sequence;

        long next() {
            return sequence++;
        }

        int size(String table) {
            StringBuilder b = buffers.get(table);
            return b == null ? 0 : b.length();
        }

        void row(String table, Object... values) {
            StringBuilder b = buffers.computeIfAbsent(table, k -> new StringBuilder(1 << 16));
            for (int i = 0; i < values.length; i++) {
                if (i > 0) b.append('\t');
                Object v = values[i];
                if (v == null) {
                    b.append("\\N");
                } else if (v instanceof Boolean bool) {
                    b.append(bool ? 't' : 'f');
                } else if (v instanceof String s) {
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> b.append("\\\\");
                            case '\t' -> b.append("\\t");
                            case '\n' -> b.append("\\n");
                            case '\r' -> b.append("\\r");
                            default -> b.append(ch);
                        }
                    }
                } else {
                    b.append(v);
                }
            }
            b.append('\n');
            counts.merge(table, 1, Integer::sum);
        }

        void flush(Connection c) throws SQLException {
            flush(c, COLUMNS.keySet().toArray(String[]::new));
        }

        /** Writes the given tables' buffers, in the foreign keys' order whatever the order given. */
        void flush(Connection c, String... tables) throws SQLException {
            List<String> wanted = Arrays.asList(tables);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : COLUMNS.keySet()) {
                StringBuilder b = buffers.get(table);
                if (!wanted.contains(table) || b == null || b.length() == 0) {
                    continue;
                }
                long copyStart = System.nanoTime();
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                CopyIn in = copy.copyIn("copy " + table + " (" + COLUMNS.get(table) + ") from stdin");
                try {
                    for (int off = 0; off < bytes.length; off += 1 << 20) {
                        in.writeToCopy(bytes, off, Math.min(1 << 20, bytes.length - off));
                    }
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                copyNanos.add(System.nanoTime() - copyStart);
                rows.computeIfAbsent(table, k -> new LongAdder()).add(counts.getOrDefault(table, 0));
                counts.remove(table);
                b.setLength(0);
            }
        }
    }
}
