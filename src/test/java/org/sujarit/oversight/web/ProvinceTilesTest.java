package org.sujarit.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sujarit.oversight.web.ProvinceTiles.Cell;
import org.sujarit.oversight.web.ProvinceTiles.LegendClass;
import org.sujarit.oversight.web.ProvinceTiles.Model;
import org.sujarit.oversight.web.ProvinceTiles.State;
import org.sujarit.oversight.web.ProvinceTiles.Tile;

/** The tile grid: every province once, in the country's shape; five readable classes; gaps that say why. */
class ProvinceTilesTest {

    @Test
    void everyProvinceOfTheDatabaseHasItsOwnTileAndNoOtherTileExists() throws IOException {
        Set<String> codes = provinceCodes();
        assertThat(codes).hasSize(77);
        Map<String, Cell> layout = ProvinceTiles.layout();
        assertThat(layout.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(new HashSet<>(layout.values())).as("77 distinct cells, no two provinces on one").hasSize(77);
    }

    @Test
    void theGridHasTheCountrysShape() {
        Map<String, Cell> at = ProvinceTiles.layout();
        int bangkok = at.get("10").row();
        assertThat(at.get("57").row()).as("Chiang Rai at the very top").isZero();
        for (String north : List.of("50", "51", "52", "54", "55", "56", "57", "58")) {
            assertThat(at.get(north).row()).as(north + " above Bangkok").isLessThan(bangkok - 5);
        }
        for (String northEast : List.of("30", "34", "38", "41", "43", "48", "49")) {
            assertThat(at.get(northEast).column()).as(northEast + " east of Bangkok").isGreaterThan(at.get("10").column() + 1);
        }
        Set<String> south = at.keySet().stream().filter(c -> c.startsWith("8") || c.startsWith("9")).collect(Collectors.toSet());
        assertThat(south).hasSize(14);
        for (String code : south) {
            assertThat(at.get(code).row()).as(code + " on the peninsula, below Prachuap").isGreaterThan(at.get("77").row());
        }
        assertThat(at.get("96").row()).as("Narathiwat at the bottom").isEqualTo(at.values().stream().mapToInt(Cell::row).max().orElseThrow());
        assertThat(at.get("12")).as("Nonthaburi just north of Bangkok").isEqualTo(new Cell(at.get("10").column(), bangkok - 1));
        int rows = at.values().stream().mapToInt(Cell::row).max().orElseThrow() + 1;
        assertThat(bangkok).as("Bangkok in the middle third of the height").isBetween(rows / 3, 2 * rows / 3);
    }

    @Test
    void everyTileHasAShortLabelOfItsOwnInThaiAndInEnglish() {
        Set<String> thai = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (String code : ProvinceTiles.layout().keySet()) {
            assertThat(ProvinceTiles.label(code, false)).matches("\\p{InThai}{2}");
            assertThat(ProvinceTiles.label(code, true)).matches("[A-Z]{3}");
            thai.add(ProvinceTiles.label(code, false));
            english.add(ProvinceTiles.label(code, true));
        }
        assertThat(thai).hasSize(77);
        assertThat(english).hasSize(77);
        assertThat(ProvinceTiles.label("50", false)).isEqualTo("ชม");
        assertThat(ProvinceTiles.label("10", true)).isEqualTo("BKK");
    }

    @Test
    void seventySevenValuesFallIntoFiveQuantileClassesDarkerAsTheyRise() {
        Map<String, BigDecimal> values = new HashMap<>();
        List<String> codes = new ArrayList<>(new TreeSet<>(ProvinceTiles.layout().keySet()));
        for (int i = 0; i < codes.size(); i++) {
            values.put(codes.get(i), BigDecimal.valueOf(i + 1));
        }
        Model model = ProvinceTiles.chart("share").values(values).higherIsBetter(true).decimals(0).build();

        Map<Integer, Long> perClass = model.tiles().stream().collect(Collectors.groupingBy(Tile::klass, Collectors.counting()));
        assertThat(perClass.keySet()).containsExactly(1, 2, 3, 4, 5);
        assertThat(perClass.values()).allSatisfy(n -> assertThat(n).isBetween(15L, 16L));
        assertThat(model.legend()).extracting(LegendClass::from, LegendClass::to).containsExactly(
                tuple("1", "15"), tuple("16", "30"),
                tuple("31", "46"), tuple("47", "61"),
                tuple("62", "77"));
        Tile lowest = tile(model, codes.get(0));
        Tile highest = tile(model, codes.get(76));
        assertThat(lowest.klass()).isEqualTo(1);
        assertThat(highest.klass()).isEqualTo(5);
        assertThat(lowest.value()).isEqualTo("1");
        for (int k = 1; k < 5; k++) {
            assertThat(Wcag.contrast(model.legend().get(k).fill(), "#000000"))
                    .as("class " + (k + 1) + " darker than class " + k)
                    .isLessThan(Wcag.contrast(model.legend().get(k - 1).fill(), "#000000"));
        }
        assertThat(model.legend()).extracting(LegendClass::fill).doesNotHaveDuplicates();
    }

    @Test
    void equalValuesShareAClassAndFewDistinctValuesSpreadOverTheScale() {
        Map<String, BigDecimal> values = new HashMap<>();
        ProvinceTiles.layout().keySet().forEach(code -> values.put(code, code.compareTo("50") < 0 ? BigDecimal.ZERO : new BigDecimal("100.00")));
        Model yesNo = ProvinceTiles.chart("published").values(values).build();
        assertThat(tile(yesNo, "10").klass()).isEqualTo(1);
        assertThat(tile(yesNo, "96").klass()).isEqualTo(5);
        assertThat(yesNo.legend()).extracting(LegendClass::klass).containsExactly(1, 5);
        assertThat(yesNo.legend().get(1).single()).isTrue();
        assertThat(tile(yesNo, "96").value()).isEqualTo("100.0");

        Map<String, BigDecimal> skewed = new HashMap<>();
        List<String> codes = new ArrayList<>(new TreeSet<>(ProvinceTiles.layout().keySet()));
        for (int i = 0; i < codes.size(); i++) {
            skewed.put(codes.get(i), BigDecimal.valueOf(i < 40 ? 100 : i));
        }
        Model model = ProvinceTiles.chart("skewed").values(skewed).build();
        Set<Integer> classesOfHundred = model.tiles().stream().filter(t -> t.value().equals("100.0"))
                .map(Tile::klass).collect(Collectors.toSet());
        assertThat(classesOfHundred).as("forty provinces at 100 share one class").containsExactly(5);
        for (LegendClass c : model.legend()) {
            assertThat(new BigDecimal(c.from())).isLessThanOrEqualTo(new BigDecimal(c.to()));
        }
    }

    @Test
    void everyTextOnEveryFillReadsAtFourAndAHalfToOne() {
        for (Boolean direction : new Boolean[] {true, false, null}) {
            List<String> palette = ProvinceTiles.palette(direction);
            assertThat(palette).hasSize(5).doesNotHaveDuplicates();
            for (String fill : palette) {
                String ink = Contrast.textOn(fill);
                assertThat(Wcag.contrast(ink, fill)).as(ink + " on " + fill).isGreaterThanOrEqualTo(4.5);
                assertThat(Contrast.ratio(ink, fill)).isCloseTo(Wcag.contrast(ink, fill), offset(0.01));
            }
        }
        assertThat(Wcag.contrast(ProvinceTiles.NO_DATA_INK, ProvinceTiles.NO_DATA_FILL)).isGreaterThanOrEqualTo(4.5);
        assertThat(Wcag.contrast(Contrast.INK, ProvinceTiles.HATCH_BACK)).as("suppressed label on the hatch's ground").isGreaterThanOrEqualTo(4.5);
        assertThat(Wcag.contrast(Contrast.INK, ProvinceTiles.HATCH_STRIPE)).as("suppressed label on the hatch's stripes").isGreaterThanOrEqualTo(4.5);

        Map<String, BigDecimal> values = new HashMap<>();
        int i = 0;
        for (String code : ProvinceTiles.layout().keySet()) {
            values.put(code, BigDecimal.valueOf(i++ * 7 % 31));
        }
        for (Boolean direction : new Boolean[] {true, false, null}) {
            Model model = ProvinceTiles.chart("c").values(values).higherIsBetter(direction).build();
            for (Tile t : model.tiles()) {
                assertThat(Wcag.contrast(t.ink(), t.fill())).as(t.code()).isGreaterThanOrEqualTo(4.5);
            }
            for (LegendClass c : model.legend()) {
                assertThat(Wcag.contrast(c.ink(), c.fill())).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theTextColourReadsOnAnyFillNotOnlyOnTodaysPalettes() {
        for (int r = 0; r < 256; r += 17) {
            for (int g = 0; g < 256; g += 17) {
                for (int b = 0; b < 256; b += 17) {
                    String fill = String.format("#%02x%02x%02x", r, g, b);
                    assertThat(Wcag.contrast(Contrast.textOn(fill), fill)).as(fill).isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void theHueSaysWhichWayIsBetter() {
        assertThat(ProvinceTiles.palette(true)).doesNotContainAnyElementsOf(ProvinceTiles.palette(false));
        assertThat(ProvinceTiles.palette(true)).doesNotContainAnyElementsOf(ProvinceTiles.palette(null));
        assertThat(ProvinceTiles.palette(false)).doesNotContainAnyElementsOf(ProvinceTiles.palette(null));
        assertThat(ProvinceTiles.palette(true)).doesNotContain(ProvinceTiles.NO_DATA_FILL, ProvinceTiles.HATCH_BACK);
    }

    @Test
    void noDataAndSuppressedAreNeitherAClassNorEachOther() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("10", new BigDecimal("12"));
        values.put("50", new BigDecimal("3"));
        values.put("56", null);
        values.put("57", new BigDecimal("40"));
        Model model = ProvinceTiles.chart("received").values(values).suppressed(Set.of("50", "34")).decimals(0).build();

        Tile chiangMai = tile(model, "50");
        assertThat(chiangMai.state()).isEqualTo(State.SUPPRESSED);
        assertThat(chiangMai.value()).as("a withheld value never reaches the page").isNull();
        assertThat(chiangMai.klass()).isZero();
        assertThat(tile(model, "34").state()).as("suppressed without a value given").isEqualTo(State.SUPPRESSED);
        assertThat(tile(model, "56").state()).as("a null value").isEqualTo(State.NO_DATA);
        assertThat(tile(model, "96").state()).as("no value at all").isEqualTo(State.NO_DATA);
        assertThat(tile(model, "56").fill()).isNull();
        assertThat(tile(model, "56").ink()).isNotEqualTo(chiangMai.ink());
        assertThat(model.anyNoData()).isTrue();
        assertThat(model.anySuppressed()).isTrue();
        assertThat(model.legend()).extracting(LegendClass::from).as("the suppressed 3 is in no class's range")
                .doesNotContain("3");
        assertThat(model.tiles().stream().filter(Tile::hasValue)).hasSize(2);
    }

    @Test
    void theTableListsTheProvincesInTheOrderOfTheNamesGiven() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("50", "เชียงใหม่");
        names.put("10", "กรุงเทพมหานคร");
        Model model = ProvinceTiles.chart("order").names(names).values(Map.of("10", BigDecimal.ONE))
                .links(code -> "/oversight/provinces/" + code).build();
        assertThat(model.rows()).hasSize(77);
        assertThat(model.rows().subList(0, 3)).extracting(Tile::code).containsExactly("50", "10", "11");
        assertThat(model.rows().get(0).name()).isEqualTo("เชียงใหม่");
        assertThat(model.rows().get(2).name()).as("a province without a name given shows its code").isEqualTo("11");
        assertThat(tile(model, "10").href()).isEqualTo("/oversight/provinces/10");
        assertThat(model.linked()).isTrue();
        assertThat(ProvinceTiles.chart("plain").values(Map.of()).build().linked()).as("no links: one image").isFalse();
        Cell bangkok = ProvinceTiles.layout().get("10");
        assertThat(tile(model, "10").x()).isEqualTo(bangkok.column() * (ProvinceTiles.SIZE + ProvinceTiles.GAP));
        assertThat(model.width()).as("nine columns").isEqualTo(9 * 44 - 4);
    }

    @Test
    void theCallerMayWriteTheValuesItsOwnWay() {
        Model model = ProvinceTiles.chart("own").values(Map.of("50", new BigDecimal("45"), "57", new BigDecimal("60")))
                .format(v -> v.setScale(1) + " %").build();
        assertThat(tile(model, "50").value()).isEqualTo("45.0 %");
        assertThat(model.legend()).extracting(LegendClass::from).containsExactly("45.0 %", "60.0 %");
    }

    @Test
    void anIdThatCouldBreakThePageIsRefused() {
        assertThatThrownBy(() -> ProvinceTiles.chart("a\" onload=\"x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Tile tile(Model model, String code) {
        return model.tiles().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    static Set<String> provinceCodes() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V1__provinces.sql"));
        Matcher row = Pattern.compile("\\('(\\d{2})', '").matcher(sql);
        Set<String> codes = new TreeSet<>();
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }
}
