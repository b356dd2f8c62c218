package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Thailand's 77 provinces as a grid of equal squares, coloured by one indicator: a map that needs
 * no licensed outline, in which Bangkok is as easy to see (and to click) as Nakhon Ratchasima. The
 * grid keeps the country's shape — the north at the top, the north-east to the right, the east
 * coast under Bangkok and the long southern peninsula down the left — so that a reader finds a
 * province where they expect it. The table beside it (see {@code oversight/charts :: tiles}) is
 * its text alternative.
 * <p><b>Classes.</b> Five classes by <em>quantile</em> breaks: each class holds about a fifth of
 * the provinces that have a value, so that the colours tell the provinces apart whatever the
 * distribution (an indicator where most provinces are near 100 per cent still shows five shades).
 * A value equal to a break goes to the upper class, so equal values always share a colour; when
 * fewer than six distinct values are present each gets its own class, spread over the scale. The
 * legend gives each class's lowest and highest value as found, so no range claims values nobody
 * has. Darker is always higher; the hue says which way is better: blue–green when higher is
 * better, yellow–red when lower is better, purple when neither (ColorBrewer's YlGnBu, YlOrRd and
 * Purples, sequential and colour-blind safe).
 */
public final class ProvinceTiles {

    /** Side of a tile in the SVG's own units; the SVG scales to the width it is given. */
    public static final int SIZE = 40;
    static final int GAP = 4;
    static final int CLASSES = 5;

    /** Where the provinces go, by their Interior Ministry codes (V1__provinces.sql): north at the top. */
    private static final String GRID = """
            .. .. 57 .. .. .. .. .. ..
            58 50 56 55 .. .. .. .. ..
            .. 51 52 54 .. 43 38 .. ..
            .. 63 64 53 42 41 47 48 ..
            .. 62 65 67 39 40 46 49 ..
            .. .. 66 .. 36 44 45 35 37
            .. 61 60 16 30 31 32 33 34
            .. .. 18 17 19 .. .. .. ..
            .. 72 15 14 26 25 .. .. ..
            71 73 12 13 24 27 .. .. ..
            70 74 10 11 20 .. .. .. ..
            76 75 .. .. 21 22 .. .. ..
            77 .. .. .. .. .. 23 .. ..
            85 86 .. .. .. .. .. .. ..
            82 84 .. .. .. .. .. .. ..
            83 81 80 .. .. .. .. .. ..
            .. 92 93 .. .. .. .. .. ..
            .. 91 90 94 .. .. .. .. ..
            .. .. .. 95 96 .. .. .. ..
            """;

    /**
     * The label on each tile: in Thai the provinces' official two-letter abbreviations (อักษรย่อ
     * จังหวัด); in English three letters of the name.
     */
    private static final String LABELS = """
            10 กท BKK, 11 สป SPK, 12 นบ NBI, 13 ปท PTE, 14 อย AYA, 15 อท ATG, 16 ลบ LRI, 17 สห SBR,
            18 ชน CNT, 19 สบ SRI, 20 ชบ CBI, 21 รย RYG, 22 จบ CTI, 23 ตร TRT, 24 ฉช CCO, 25 ปจ PRI,
            26 นย NYK, 27 สก SKW, 30 นม NMA, 31 บร BRM, 32 สร SRN, 33 ศก SSK, 34 อบ UBN, 35 ยส YST,
            36 ชย CPM, 37 อจ ACR, 38 บก BKN, 39 นภ NBP, 40 ขก KKN, 41 อด UDN, 42 ลย LEI, 43 นค NKI,
            44 มค MKM, 45 รอ RET, 46 กส KSN, 47 สน SNK, 48 นพ NPM, 49 มห MDH, 50 ชม CMI, 51 ลพ LPN,
            52 ลป LPG, 53 อต UTD, 54 พร PRE, 55 นน NAN, 56 พย PYO, 57 ชร CRI, 58 มส MSN, 60 นว NSN,
            61 อน UTI, 62 กพ KPT, 63 ตก TAK, 64 สท STI, 65 พล PLK, 66 พจ PCT, 67 พช PNB, 70 รบ RBR,
            71 กจ KRI, 72 สพ SPB, 73 นฐ NPT, 74 สค SKN, 75 สส SKM, 76 พบ PBI, 77 ปข PKN, 80 นศ NRT,
            81 กบ KBI, 82 พง PNA, 83 ภก PKT, 84 สฎ SNI, 85 รน RNG, 86 ชพ CPN, 90 สข SKA, 91 สต STN,
            92 ตง TRG, 93 พท PLG, 94 ปน PTN, 95 ยล YLA, 96 นธ NWT
            """;

    private static final Map<String, Cell> LAYOUT;
    private static final Map<String, String[]> SHORT_LABELS;
    private static final int COLUMNS;
    private static final int ROWS;

    static {
        Map<String, Cell> layout = new LinkedHashMap<>();
        List<String> lines = GRID.lines().toList();
        int columns = 0;
        for (int row = 0; row < lines.size(); row++) {
            String[] cells = lines.get(row).trim().split("\\s+");
            columns = Math.max(columns, cells.length);
            for (int column = 0; column < cells.length; column++) {
                if (!cells[column].equals("..") && layout.put(cells[column], new Cell(column, row)) != null) {
                    throw new IllegalStateException("Province " + cells[column] + " twice in the grid");
                }
            }
        }
        LAYOUT = Collections.unmodifiableMap(layout);
        COLUMNS = columns;
        ROWS = lines.size();
        Map<String, String[]> labels = new HashMap<>();
        for (String entry : LABELS.replace('\n', ' ').split(",")) {
            String[] parts = entry.trim().split(" ");
            labels.put(parts[0], new String[] {parts[1], parts[2]});
        }
        SHORT_LABELS = Map.copyOf(labels);
    }

    /** A tile's place on the grid, counted from the top left. */
    public record Cell(int column, int row) {
    }

    /** What a tile shows: a value, nothing (no data), or a value withheld to protect a small count. */
    public enum State { VALUE, NO_DATA, SUPPRESSED }

    /**
     * One province's tile.
     *
     * @param x       left edge in SVG units
     * @param y       top edge in SVG units
     * @param fill    the class's colour, or null for no data and suppressed (the template draws those)
     * @param ink     the text colour, at least 4.5:1 against the fill
     * @param value   the formatted value, or null unless the state is {@link State#VALUE}
     * @param klass   the class 1–5 (1 lowest), or 0 without a value
     * @param href    where the tile leads, or null
     */
    public record Tile(String code, String name, String label, int x, int y, String fill, String ink, State state,
                       String value, int klass, String href) {

        public boolean hasValue() {
            return state == State.VALUE;
        }

        public boolean suppressed() {
            return state == State.SUPPRESSED;
        }

        public boolean noData() {
            return state == State.NO_DATA;
        }

        /** Where the label's baseline goes, near the top of the tile. */
        public int labelY() {
            return y + 17;
        }

        /** Where the value's baseline goes, under the label. */
        public int valueY() {
            return y + 32;
        }

        public int centreX() {
            return x + SIZE / 2;
        }
    }

    /** One class of the legend: its colours and the lowest and highest value in it, formatted. */
    public record LegendClass(int klass, String fill, String ink, String from, String to) {

        public boolean single() {
            return from.equals(to);
        }
    }

    /**
     * What the template draws.
     *
     * @param id             unique on the page: the SVG's title, the hatch pattern and the caption take their ids from it
     * @param tiles          the 77 tiles in the grid's order (top to bottom, left to right)
     * @param rows           the same tiles in the order of the names given, for the table
     * @param legend         the classes present, lowest first
     * @param higherIsBetter true, false, or null when neither
     * @param valueHeading   the table's heading for the value column, or null for the general one
     */
    public record Model(String id, int width, int height, List<Tile> tiles, List<Tile> rows, List<LegendClass> legend,
                        Boolean higherIsBetter, String valueHeading) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }

        public int tileSize() {
            return SIZE;
        }

        public String hatchId() {
            return id + "-hidden";
        }

        /** Whether any tile links somewhere: the grid is then a group of links rather than one image. */
        public boolean linked() {
            return tiles.stream().anyMatch(t -> t.href() != null);
        }

        public boolean anyNoData() {
            return tiles.stream().anyMatch(Tile::noData);
        }

        public boolean anySuppressed() {
            return tiles.stream().anyMatch(Tile::suppressed);
        }
    }

    static final String NO_DATA_FILL = "#ffffff";
    static final String NO_DATA_INK = "#52606d";
    /** The hatch of a suppressed tile: light grey with mid-grey stripes; the ink reads on both. */
    static final String HATCH_BACK = "#e4e7eb";
    static final String HATCH_STRIPE = "#9aa5b1";

    private static final List<String> BETTER_HIGHER = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    private static final List<String> BETTER_LOWER = List.of("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026");
    /** Purples without its palest step, which would pass for an empty tile. */
    private static final List<String> NEITHER = List.of("#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f");

    private ProvinceTiles() {
    }

    /** Every province's place on the grid, by code. */
    public static Map<String, Cell> layout() {
        return LAYOUT;
    }

    /** The tile's label for a province: its Thai abbreviation, or three English letters. */
    public static String label(String code, boolean english) {
        String[] labels = SHORT_LABELS.get(code);
        return labels == null ? code : labels[english ? 1 : 0];
    }

    /** The five colours of the scale, palest (lowest) first. */
    static List<String> palette(Boolean higherIsBetter) {
        return higherIsBetter == null ? NEITHER : higherIsBetter ? BETTER_HIGHER : BETTER_LOWER;
    }

    /** Starts a chart; {@code id} must be unique on the page ({@code [a-z0-9-]}). */
    public static Builder chart(String id) {
        return new Builder(id);
    }

    /** The chart's inputs; only {@link #values} is needed, the rest have defaults. */
    public static final class Builder {

        private final String id;
        private Map<String, String> names = Map.of();
        private Map<String, BigDecimal> values = Map.of();
        private Set<String> suppressed = Set.of();
        private Boolean higherIsBetter;
        private Function<BigDecimal, String> format = value -> ChartNumbers.format(value, 1);
        private Function<String, String> links = code -> null;
        private boolean english;
        private String valueHeading;

        private Builder(String id) {
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("Not a usable id: " + id);
            }
            this.id = id;
        }

        /** Province names by code, in the order the table lists them; a province left out comes last, by code. */
        public Builder names(Map<String, String> names) {
            this.names = Objects.requireNonNull(names);
            return this;
        }

        /** Values by province code; a code left out or mapped to null has no data. */
        public Builder values(Map<String, BigDecimal> values) {
            this.values = Objects.requireNonNull(values);
            return this;
        }

        /** Provinces whose value is withheld (a small count or its complement); they take no class. */
        public Builder suppressed(Collection<String> codes) {
            this.suppressed = Set.copyOf(codes);
            return this;
        }

        /** True, false, or null when neither: the scale's hue (darker is higher either way). */
        public Builder higherIsBetter(Boolean higherIsBetter) {
            this.higherIsBetter = higherIsBetter;
            return this;
        }

        /** Decimals shown (default 1), with thousands separated by commas. */
        public Builder decimals(int decimals) {
            this.format = value -> ChartNumbers.format(value, decimals);
            return this;
        }

        /** How a value is written, instead of {@link #decimals}: e.g. the oversight tables' own text of a figure. */
        public Builder format(Function<BigDecimal, String> format) {
            this.format = Objects.requireNonNull(format);
            return this;
        }

        /** Each tile's link, e.g. {@code code -> "/oversight/provinces/" + code}; null for none. */
        public Builder links(Function<String, String> links) {
            this.links = Objects.requireNonNull(links);
            return this;
        }

        /** English tile labels (the default is the Thai abbreviations). */
        public Builder english(boolean english) {
            this.english = english;
            return this;
        }

        /** The table's heading over the values, e.g. the indicator's name. */
        public Builder valueHeading(String heading) {
            this.valueHeading = heading;
            return this;
        }

        public Model build() {
            Map<String, BigDecimal> shown = new HashMap<>();
            values.forEach((code, value) -> {
                if (value != null && !suppressed.contains(code) && LAYOUT.containsKey(code)) {
                    shown.put(code, value);
                }
            });
            Classes classes = Classes.of(shown.values());
            List<String> palette = palette(higherIsBetter);
            Map<String, Tile> byCode = new LinkedHashMap<>();
            LAYOUT.forEach((code, cell) -> byCode.put(code, tile(code, cell, shown.get(code), classes, palette)));
            List<Tile> rows = new ArrayList<>();
            names.keySet().stream().filter(byCode::containsKey).forEach(code -> rows.add(byCode.get(code)));
            byCode.keySet().stream().filter(code -> !names.containsKey(code)).sorted()
                    .forEach(code -> rows.add(byCode.get(code)));
            List<LegendClass> legend = new ArrayList<>();
            for (int k = 1; k <= CLASSES; k++) {
                BigDecimal[] range = classes.range(k);
                if (range != null) {
                    String fill = palette.get(k - 1);
                    legend.add(new LegendClass(k, fill, Contrast.textOn(fill), format.apply(range[0]),
                            format.apply(range[1])));
                }
            }
            return new Model(id, COLUMNS * (SIZE + GAP) - GAP, ROWS * (SIZE + GAP) - GAP, List.copyOf(byCode.values()),
                    List.copyOf(rows), List.copyOf(legend), higherIsBetter, valueHeading);
        }

        private Tile tile(String code, Cell cell, BigDecimal value, Classes classes, List<String> palette) {
            int x = cell.column() * (SIZE + GAP);
            int y = cell.row() * (SIZE + GAP);
            String name = names.getOrDefault(code, code);
            String label = label(code, english);
            String href = links.apply(code);
            if (suppressed.contains(code)) {
                return new Tile(code, name, label, x, y, null, Contrast.INK, State.SUPPRESSED, null, 0, href);
            }
            if (value == null) {
                return new Tile(code, name, label, x, y, null, NO_DATA_INK, State.NO_DATA, null, 0, href);
            }
            int klass = classes.of(value);
            String fill = palette.get(klass - 1);
            return new Tile(code, name, label, x, y, fill, Contrast.textOn(fill), State.VALUE,
                    format.apply(value), klass, href);
        }
    }

    /**
     * Quantile classes 1–5 over the values present. A value at or above a break belongs to the
     * class the break starts, so equal values share a class; with five or fewer distinct values
     * each has its own class, spread from the palest to the darkest.
     */
    static final class Classes {

        private final List<BigDecimal> breaks;
        private final List<BigDecimal> distinct;
        private final Map<Integer, BigDecimal[]> ranges = new HashMap<>();

        private Classes(List<BigDecimal> breaks, List<BigDecimal> distinct) {
            this.breaks = breaks;
            this.distinct = distinct;
        }

        static Classes of(Collection<BigDecimal> values) {
            List<BigDecimal> sorted = values.stream().sorted().toList();
            TreeSet<BigDecimal> distinctSet = new TreeSet<>(Comparator.naturalOrder());
            distinctSet.addAll(sorted);
            Classes classes;
            if (distinctSet.size() <= CLASSES) {
                classes = new Classes(List.of(), List.copyOf(distinctSet));
            } else {
                List<BigDecimal> breaks = new ArrayList<>();
                for (int k = 1; k < CLASSES; k++) {
                    breaks.add(sorted.get(k * sorted.size() / CLASSES));
                }
                classes = new Classes(breaks, null);
            }
            for (BigDecimal value : sorted) {
                classes.ranges.merge(classes.of(value), new BigDecimal[] {value, value},
                        (a, b) -> new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])});
            }
            return classes;
        }

        int of(BigDecimal value) {
            if (distinct != null) {
                int index = 0;
                while (distinct.get(index).compareTo(value) != 0) {
                    index++;
                }
                return distinct.size() == 1 ? (CLASSES + 1) / 2
                        : 1 + Math.round(index * (CLASSES - 1f) / (distinct.size() - 1));
            }
            int klass = 1;
            for (BigDecimal b : breaks) {
                if (value.compareTo(b) >= 0) {
                    klass++;
                }
            }
            return klass;
        }

        /** The lowest and highest value in the class, or null when it is empty. */
        BigDecimal[] range(int klass) {
            return ranges.get(klass);
        }
    }
}
