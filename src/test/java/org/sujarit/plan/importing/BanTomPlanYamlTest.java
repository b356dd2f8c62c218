package org.sujarit.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.DimensionContent;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.PlanContent;
import org.sujarit.plan.Result;
import org.sujarit.plan.Step;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Ban Tom demo plan file loads, is whole, and says what the seed says. */
class BanTomPlanYamlTest {

    /** Sheets whose method the file corrects where the extraction broke the seed's list (see the file's comments). */
    private static final Set<Integer> METHOD_CORRECTED = Set.of(5, 16);

    private static PlanContent plan;
    private static Map<String, ImportedItem> seed;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BanTomPlanYamlTest.class.getResourceAsStream("/demo/bantom-plan.yml")) {
            plan = new YAMLMapper().readValue(in, PlanContent.class);
        }
        seed = BanTomSeed.imported().items().stream()
                .collect(Collectors.toMap(item -> item.content().name(), Function.identity()));
    }

    private static List<ItemContent> items() {
        return plan.dimensions().stream().flatMap(d -> d.items().stream()).toList();
    }

    @Test
    void theHeaderIsTheSeedsFrontMatter() {
        assertThat(plan.plan().firstYear()).isEqualTo(2566);
        assertThat(plan.plan().lastYear()).isEqualTo(2570);
        assertThat(plan.plan().title()).isEqualTo("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส");
        assertThat(List.of(plan.plan().foreword().split("\n\n"))).hasSize(2).first().asString()
                .startsWith("ด้วยรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ๒๕๖๐ มาตรา ๖๕");
        assertThat(plan.plan().origin()).startsWith("แผนปฏิบัติการป้องกันการทุจริต เป็นแผนที่รวบรวมแผนงาน/โครงการ/กิจกรรม");
        assertThat(plan.plan().objectives()).hasSize(5)
                .first().isEqualTo("เพื่อแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของเทศบาลตำบลบ้านต่อม");
        assertThat(plan.plan().format()).contains("ส่วนที่ ๑", "ส่วนที่ ๒", "ส่วนที่ ๓");
        assertThat(plan.plan().executivePolicy()).startsWith("ในกรณีที่องค์กรปกครองส่วนท้องถิ่นยังไม่มีนโยบาย");
    }

    @Test
    void everyTextIsTheSeedsOwnWording() {
        String seedText = withoutSpaces(BanTomSeed.text());
        List<String> texts = new ArrayList<>(List.of(plan.plan().title(), plan.plan().origin(), plan.plan().format(),
                plan.plan().executivePolicy()));
        texts.addAll(List.of(plan.plan().foreword().split("\n\n")));
        texts.addAll(plan.plan().objectives());
        for (ItemContent item : items()) {
            texts.addAll(List.of(item.name(), item.targetGroup(), item.period().text(), item.budget().text(),
                    item.responsibleText()));
            texts.addAll(List.of(item.rationale().split("\n\n")));
            texts.addAll(item.objectives());
            texts.addAll(stepTexts(item.method()));
            item.outputs().forEach(r -> texts.add(r.text()));
            item.outcomes().forEach(r -> texts.add(r.text()));
        }
        assertThat(texts).allSatisfy(text -> assertThat(seedText).contains(withoutSpaces(text)));
    }

    private static List<String> stepTexts(List<Step> steps) {
        List<String> texts = new ArrayList<>();
        for (Step step : steps) {
            texts.add(step.text());
            texts.addAll(stepTexts(step.steps()));
        }
        return texts;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theFourNaccDimensionsHoldAllTwentyItems() {
        assertThat(plan.dimensions()).extracting(DimensionContent::number).containsExactly("1", "2", "3", "4");
        assertThat(plan.dimensions()).extracting(DimensionContent::title).containsExactly(
                "การสร้างวัฒนธรรมสุจริต",
                "การบริหารราชการด้วยความโปร่งใส",
                "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น");
        assertThat(plan.dimensions()).allSatisfy(d -> assertThat(d.children()).isEmpty());
        assertThat(items()).hasSize(20);
    }

    @Test
    void itemsArePlacedByTheirContent() {
        Map<String, List<Integer>> placed = plan.dimensions().stream().collect(Collectors.toMap(DimensionContent::number,
                d -> d.items().stream().map(i -> seed.get(i.name()).sheetNumber()).toList()));
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1", List.of(1, 2, 3, 4),
                "2", List.of(5, 6, 7, 8, 9, 10, 11, 13),
                "3", List.of(12, 14, 15),
                "4", List.of(16, 17, 18, 19, 20)));
    }

    @Test
    void everyItemIsComplete() {
        assertThat(items()).allSatisfy(item -> {
            assertThat(item.kind()).isNotNull();
            assertThat(item.name()).isNotBlank();
            assertThat(item.rationale()).isNotBlank();
            assertThat(item.objectives()).isNotEmpty();
            assertThat(item.targetGroup()).isNotBlank();
            assertThat(item.method()).isNotEmpty();
            assertThat(item.period().months()).isNotEmpty();
            assertThat(item.budget()).isNotNull();
            assertThat(item.budget().text()).isNotBlank();
            assertThat(item.responsibleText()).isNotBlank();
            assertThat(item.outputs()).isNotEmpty();
            assertThat(item.outcomes()).isNotEmpty();
        });
    }

    @Test
    void itemsAgreeWithWhatTheImporterReadsFromTheSeed() {
        assertThat(items()).extracting(ItemContent::name).containsExactlyInAnyOrderElementsOf(seed.keySet());
        for (ItemContent item : items()) {
            ImportedItem imported = seed.get(item.name());
            ItemContent expected = imported.content();
            String sheet = "sheet " + imported.sheetNumber();
            assertThat(item.kind()).as(sheet).isEqualTo(expected.kind());
            assertThat(item.targetGroup()).as(sheet).isEqualTo(expected.targetGroup());
            assertThat(item.targetCount()).as(sheet).isEqualTo(expected.targetCount());
            assertThat(item.period()).as(sheet).isEqualTo(expected.period());
            assertThat(item.budget().text()).as(sheet).isEqualTo(expected.budget().text());
            assertThat(item.budget().none()).as(sheet).isEqualTo(expected.budget().none());
            assertThat(item.budget().perYear()).as(sheet).isEqualTo(expected.budget().perYear());
            assertThat(item.responsibleText()).as(sheet).isEqualTo(expected.responsibleText());
            assertThat(item.responsibleUnit()).as(sheet).isEqualTo(expected.responsibleUnit());
            assertThat(item.rationale()).as(sheet).isEqualTo(expected.rationale());
            assertThat(item.objectives()).as(sheet).isEqualTo(expected.objectives());
            assertThat(item.outputs()).extracting(Result::text).as(sheet)
                    .isEqualTo(expected.outputs().stream().map(Result::text).toList());
            assertThat(item.outcomes()).extracting(Result::text).as(sheet)
                    .isEqualTo(expected.outcomes().stream().map(Result::text).toList());
            if (!METHOD_CORRECTED.contains(imported.sheetNumber())) {
                assertThat(item.method()).as(sheet).isEqualTo(expected.method());
            }
        }
    }

    @Test
    void theSeedsDefectsAreKeptForTheQualityChecks() {
        ItemContent conflictOfInterest = items().stream()
                .filter(i -> i.name().equals("โครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลบ้านต๋อม")).findFirst().orElseThrow();
        assertThat(conflictOfInterest.budget().none()).isFalse();
        assertThat(conflictOfInterest.budget().perYear()).isEmpty();
        assertThat(conflictOfInterest.budget().text()).isEqualTo("งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม");
        assertThat(conflictOfInterest.targetGroup()).contains("ชื่อองค์กรปกครองส่วนท้องถิ่น");
        String all = items().toString();
        assertThat(all).contains("ระบุชื่อองค์กรปกครองส่วนท้องถิ่น", "บ้านต๋อม", "บ้านต้อม", "บ้านต่อม");
        assertThat(items()).filteredOn(i -> i.budget().none()).hasSize(19);
    }

    @Test
    void measurableTargetsCarryKpis() {
        List<Result> results = items().stream()
                .flatMap(i -> java.util.stream.Stream.concat(i.outputs().stream(), i.outcomes().stream())).toList();
        assertThat(results).filteredOn(r -> r.kpi() != null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.kpi().method()).isNotNull());
        assertThat(results).filteredOn(r -> r.text().contains("ร้อยละ"))
                .allSatisfy(r -> assertThat(r.kpi()).as(r.text()).isNotNull());
    }
}
