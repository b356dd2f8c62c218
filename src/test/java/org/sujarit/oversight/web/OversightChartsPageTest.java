package org.sujarit.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Province;

/**
 * The charts' fragments rendered by the application's own template engine, in a page of the site's
 * layout served by a controller that exists only in tests ({@link ChartsPage}): the picture and
 * the table beside it carry the same numbers, withheld and missing values look different from each
 * other and from any value, and the SVG is well-formed XML with the names it points to.
 */
@WebTest
@Import(OversightChartsPageTest.ChartsPage.class)
class OversightChartsPageTest {

    static final String PATH = "/test/oversight-charts";

    @Autowired MockMvc mvc;

    @Test
    void everyTileShowsTheValueItsTableRowGives() throws Exception {
        String html = page("th");
        Document page = Jsoup.parse(html);
        Element figure = page.selectFirst("figure.ov-tiles");
        Element svg = figure.selectFirst("svg.ov-tile-grid");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 392 832");
        assertThat(svg.attr("role")).as("tiles with links: a group of links, not an image").isEqualTo("group");

        List<Element> tiles = svg.select("g.ov-tile");
        List<Element> rows = figure.select("table tbody tr");
        assertThat(tiles).hasSize(77);
        assertThat(rows).hasSize(77);
        Map<String, String> tileValues = new HashMap<>();
        for (Element tile : tiles) {
            tileValues.put(tile.attr("data-code"), tile.selectFirst("text.ov-tile-value").text());
        }
        Map<String, BigDecimal> given = values();
        for (Element row : rows) {
            String code = row.attr("data-code");
            String cell = row.selectFirst("td").text();
            if (code.equals("10")) {
                assertThat(cell).isEqualTo("ปกปิด");
                assertThat(tileValues.get(code)).isEqualTo("ปกปิด");
            } else if (given.get(code) == null) {
                assertThat(cell).as(code).isEqualTo("ไม่มีข้อมูล");
                assertThat(tileValues.get(code)).isEqualTo("–");
            } else {
                assertThat(tileValues.get(code)).as("tile " + code).isEqualTo(cell);
                assertThat(ThaiDigits.toArabic(cell)).isEqualTo(ChartNumbers.format(given.get(code), 1));
            }
        }
        assertThat(tileValues.get("50")).as("the page writes Thai digits").isEqualTo("๔๕.๐");
        assertThat(figure.select("table").text()).doesNotContainPattern("[0-9]");
        assertThat(figure.selectFirst(".ov-table-note").text()).startsWith("ปกปิด: จำนวนน้อยกว่า ๕");
        assertThat(ThaiDigits.toArabic(figure.text())).as("the withheld count of Bangkok is nowhere")
                .doesNotContain("9.0");
        assertThat(rows.subList(0, 2)).extracting(r -> r.selectFirst("th").text()).as("the table in the names' order")
                .containsExactly("กระบี่", "กรุงเทพมหานคร");
    }

    @Test
    void withheldMissingAndClassedTilesEachLookTheirOwnWay() throws Exception {
        Document page = Jsoup.parse(page("th"));
        Element svg = page.selectFirst("figure.ov-tiles svg");
        String hatch = svg.selectFirst("defs pattern").id();
        assertThat(hatch).isEqualTo("provinces-hidden");

        Element bangkok = tile(svg, "10");
        Element narathiwat = tile(svg, "96");
        Element chiangMai = tile(svg, "50");
        assertThat(bangkok.hasClass("ov-suppressed")).isTrue();
        assertThat(bangkok.selectFirst("rect").attr("fill")).isEqualTo("url(#provinces-hidden)");
        assertThat(narathiwat.hasClass("ov-no-data")).isTrue();
        assertThat(narathiwat.selectFirst("rect").attr("fill")).isEqualTo("#ffffff");
        assertThat(chiangMai.className()).matches("ov-tile ov-class-[1-5]");
        Set<String> classFills = new HashSet<>();
        svg.select("g[class~=ov-class-] > a > rect").forEach(r -> classFills.add(r.attr("fill")));
        assertThat(classFills).hasSize(5).doesNotContain("#ffffff", "url(#provinces-hidden)");

        Element legend = page.selectFirst("figure.ov-tiles ul.ov-legend");
        assertThat(legend.select("li")).as("five classes, withheld, no data").hasSize(7);
        assertThat(legend.text()).contains("ปกปิดเพื่อไม่ให้ระบุตัวบุคคลได้").contains("ไม่มีข้อมูล (ช่องขาว ขอบเส้นประ)");
        assertThat(legend.select("svg")).allSatisfy(swatch -> assertThat(swatch.attr("aria-hidden")).isEqualTo("true"));
        assertThat(page.selectFirst("figure.ov-tiles .ov-legend-title").text()).isEqualTo("ยิ่งสูงยิ่งดี สีเข้มคือค่าสูง");
    }

    @Test
    void tilesLinkToTheirProvinceOutsideTheTabOrderAndTheTableRowsLinkThere() throws Exception {
        Document page = Jsoup.parse(page("th"));
        Element link = tile(page.selectFirst("figure.ov-tiles svg"), "50").selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("/oversight/provinces/50");
        assertThat(link.attr("tabindex")).isEqualTo("-1");
        assertThat(page.select("figure.ov-tiles table tr[data-code=50] th a").attr("href")).isEqualTo("/oversight/provinces/50");
        assertThat(tile(page.selectFirst("figure.ov-tiles svg"), "50").selectFirst("a > title").text()).isEqualTo("เชียงใหม่: ๔๕.๐");
        assertThat(tile(page.selectFirst("figure.ov-tiles svg"), "96").selectFirst("title").text()).isEqualTo("นราธิวาส: ไม่มีข้อมูล");
    }

    @Test
    void everyPointOfTheTrendShowsTheValueOfItsTableCell() throws Exception {
        Document page = Jsoup.parse(page("th"));
        Element figure = page.selectFirst("figure.ov-trend");
        Element svg = figure.selectFirst("svg[role=img]");
        List<Element> headings = figure.select("thead th");
        assertThat(headings).extracting(Element::text).containsExactly("ปีงบประมาณ", "บ้านต๋อม", "พะเยา", "ทั้งประเทศ");
        List<Element> years = figure.select("tbody tr");
        assertThat(years).extracting(r -> r.selectFirst("th").text()).containsExactly("๒๕๖๕", "๒๕๖๖", "๒๕๖๗", "๒๕๖๘", "๒๕๖๙");
        for (int s = 0; s < 3; s++) {
            Element series = svg.selectFirst("g.ov-series[data-series=" + s + "]");
            for (Element row : years) {
                String year = row.attr("data-year");
                String cell = row.select("td").get(s).text();
                Element point = series.selectFirst("text.ov-point-value[data-year=" + year + "]");
                if (point == null) {
                    assertThat(cell).as("series " + s + " in " + year).isIn("ไม่มีข้อมูล", "ปกปิด");
                } else {
                    assertThat(point.text()).as("series " + s + " in " + year).isEqualTo(cell);
                }
            }
        }
        assertThat(years.get(2).select("td").get(0).text()).as("บ้านต๋อม has no 2567").isEqualTo("ไม่มีข้อมูล");
        assertThat(years.get(0).select("td").get(1).text()).isEqualTo("ปกปิด");
        assertThat(figure.selectFirst(".ov-table-note").text()).startsWith("ปกปิด: จำนวนน้อยกว่า ๕");
        assertThat(years.get(3).select("td").get(0).text()).isEqualTo("๒๐.๓");
        assertThat(svg.selectFirst("g.ov-series[data-series=0] path").attr("d").chars().filter(c -> c == 'M').count())
                .as("the line breaks at 2567").isEqualTo(2);
        assertThat(svg.select("g.ov-series[data-series=2] circle, g.ov-series[data-series=2] rect, g.ov-series[data-series=2] polygon"))
                .as("a marker for each of the nation's five years").hasSize(5);
        assertThat(svg.select("g.ov-axis text.ov-tick")).extracting(Element::text)
                .contains("๐", "๒๕", "๑๐๐", "๒๕๖๕", "๒๕๖๙");
    }

    @Test
    void eachSvgIsWellFormedXmlAndNamedByItsOwnTitleAndDescription() throws Exception {
        String html = page("th");
        int from = 0;
        int svgs = 0;
        while ((from = html.indexOf("<svg", from)) >= 0) {
            int to = html.indexOf("</svg>", from) + "</svg>".length();
            String svg = html.substring(from, to);
            if (!svg.contains("xmlns=")) {
                svg = svg.replaceFirst("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
            }
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setNamespaceAware(true);
            xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            svgs++;
            from = to;
        }
        assertThat(svgs).as("two charts and their legends' swatches").isGreaterThan(2);

        Document page = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("id " + e.id() + " once").isTrue());
        assertThat(page.select("svg[role]")).as("the two charts").hasSize(2);
        for (Element img : page.select("svg[role]")) {
            String[] names = img.attr("aria-labelledby").split(" ");
            assertThat(names).hasSize(2);
            assertThat(page.getElementById(names[0]).tagName()).isEqualTo("title");
            assertThat(page.getElementById(names[1]).tagName()).isEqualTo("desc");
        }
        assertThat(page.getElementById("provinces-title").text()).isEqualTo("ร้อยละของแผนที่เผยแพร่ รายจังหวัด");
        assertThat(page.selectFirst("figure.ov-tiles figcaption").text()).isEqualTo("ร้อยละของแผนที่เผยแพร่ รายจังหวัด");
        assertThat(page.selectFirst("figure.ov-tiles table caption").text()).isEqualTo("ตาราง: ร้อยละของแผนที่เผยแพร่ รายจังหวัด");
    }

    @Test
    void inEnglishTheLabelsAreEnglishAndTheDigitsArabic() throws Exception {
        Document page = Jsoup.parse(page("en"));
        Element chiangMai = tile(page.selectFirst("figure.ov-tiles svg"), "50");
        assertThat(chiangMai.selectFirst("text.ov-tile-label").text()).isEqualTo("CMI");
        assertThat(chiangMai.selectFirst("text.ov-tile-value").text()).isEqualTo("45.0");
        assertThat(page.selectFirst("figure.ov-tiles table tr[data-code=50] th").text()).isEqualTo("Chiang Mai");
        assertThat(page.selectFirst("figure.ov-trend thead th").text()).isEqualTo("Fiscal year");
    }

    private static Element tile(Element svg, String code) {
        return svg.selectFirst("g.ov-tile[data-code=" + code + "]");
    }

    private String page(String language) throws Exception {
        return mvc.perform(get(PATH).param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Each province's value: its code times 0.9; Bangkok's (9.0) withheld, the two southernmost without one. */
    static Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new HashMap<>();
        ProvinceTiles.layout().keySet().forEach(code -> values.put(code, new BigDecimal(code).multiply(new BigDecimal("0.9"))));
        values.put("95", null);
        values.remove("96");
        return values;
    }

    /** The page the tests render: both charts, as an oversight page would call them. */
    @Controller
    static class ChartsPage {

        private final Organisations organisations;

        ChartsPage(Organisations organisations) {
            this.organisations = organisations;
        }

        @GetMapping(PATH)
        String page(@RequestParam(defaultValue = "th") String lang, Model model) {
            boolean english = lang.equals("en");
            Map<String, String> names = new LinkedHashMap<>();
            organisations.provinces().stream()
                    .sorted((a, b) -> english ? a.nameEn().compareTo(b.nameEn()) : a.nameTh().compareTo(b.nameTh()))
                    .forEach((Province p) -> names.put(p.code(), english ? p.nameEn() : p.nameTh()));
            model.addAttribute("tiles", ProvinceTiles.chart("provinces").names(names).values(values())
                    .suppressed(Set.of("10")).higherIsBetter(true).english(english)
                    .links(code -> "/oversight/provinces/" + code).build());
            model.addAttribute("tilesCaption", english ? "Share of plans published, by province" : "ร้อยละของแผนที่เผยแพร่ รายจังหวัด");
            Map<Integer, BigDecimal> nation = Map.of(2565, new BigDecimal("61.2"), 2566, new BigDecimal("70"),
                    2567, new BigDecimal("74.5"), 2568, new BigDecimal("80.1"), 2569, new BigDecimal("82"));
            model.addAttribute("trend", TrendChart.chart("plans", 2565, 2569)
                    .series(english ? "Ban Tom" : "บ้านต๋อม", Map.of(2565, new BigDecimal("12.5"), 2566, new BigDecimal("14"),
                            2568, new BigDecimal("20.25"), 2569, new BigDecimal("18")))
                    .series(english ? "Phayao" : "พะเยา", Map.of(2565, new BigDecimal("3"), 2566, new BigDecimal("55"),
                            2567, new BigDecimal("58"), 2568, new BigDecimal("60"), 2569, new BigDecimal("59.5")), Set.of(2565))
                    .series(english ? "Nation" : "ทั้งประเทศ", nation).build());
            model.addAttribute("trendCaption", english ? "Share of plans published, by fiscal year" : "ร้อยละของแผนที่เผยแพร่ รายปีงบประมาณ");
            return "test/oversight-charts";
        }
    }
}
