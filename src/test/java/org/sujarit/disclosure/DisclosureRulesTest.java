package org.sujarit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.sujarit.disclosure.ItemState.PeriodState;
import org.sujarit.disclosure.ItemState.State;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;

/** Periods, due dates and states of checklist items, and the checklist files, without a database. */
class DisclosureRulesTest {

    private static final FiscalYear FY2570 = new FiscalYear(2570);

    @Test
    void periodsRunFromOctoberAndDueDatesFollowTheRule() {
        assertThat(Frequency.MONTHLY.periods()).hasSize(12).startsWith("M01").endsWith("M12");
        assertThat(Frequency.start(FY2570, "M01")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Frequency.end(FY2570, "M01")).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(Frequency.end(FY2570, "M05")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Frequency.end(FY2570, "Q1")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Frequency.end(FY2570, "H1")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Frequency.end(FY2570, "YEAR")).isEqualTo(LocalDate.of(2027, 9, 30));
        // The monthly procurement summary: by the 15th of the next month.
        assertThat(DueRule.parse("END+P15D").dueDate(FY2570, "M01")).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(DueRule.parse("END+P15D").dueDate(FY2570, "M03")).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(DueRule.parse("START+P7M").dueDate(FY2570, "YEAR")).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> DueRule.parse("the 15th")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Frequency.QUARTERLY.allows("Q4")).isTrue();
        assertThat(Frequency.QUARTERLY.allows("M01")).isFalse();
        assertThat(Frequency.YEARLY.allows("ONCE")).isFalse();
        assertThat(Frequency.label("M01", false)).isEqualTo("ตุลาคม");
        assertThat(Frequency.label("M04", true)).isEqualTo("January");
        assertThat(Frequency.label("M12", false)).isEqualTo("กันยายน");
    }

    @Test
    void anItemIsOverdueDueSoonCurrentOrMissing() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        PeriodState octoberDone = period("M01", LocalDate.of(2026, 11, 15), true);
        PeriodState octoberMissing = period("M01", LocalDate.of(2026, 11, 15), false);
        PeriodState november = period("M02", LocalDate.of(2026, 12, 15), false);
        PeriodState december = period("M03", LocalDate.of(2027, 1, 15), false);
        assertThat(ItemState.standing(List.of(octoberMissing, november, december), today).state()).isEqualTo(State.OVERDUE);
        assertThat(ItemState.standing(List.of(octoberDone, november, december), today))
                .isEqualTo(new ItemState.Standing(State.CURRENT, LocalDate.of(2026, 12, 15)));
        assertThat(ItemState.standing(List.of(octoberDone, november, december), LocalDate.of(2026, 12, 2)).state())
                .isEqualTo(State.DUE_SOON);
        assertThat(ItemState.standing(List.of(period("YEAR", LocalDate.of(2027, 10, 30), false)), today).state())
                .isEqualTo(State.MISSING);
        // Due today is not yet late.
        assertThat(ItemState.standing(List.of(period("ONCE", today, false)), today).state()).isEqualTo(State.DUE_SOON);
    }

    @Test
    void aPublicationIsForAPeriodOfItsItemDatedByTodayWithALinkAFileOrAText() throws IOException {
        ChecklistItem procurement = read("disclosure/ita-2568.yml").item("O12").orElseThrow();
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(draft("M01", today, " https://example.org/o12 ", null, null).check(procurement, today))
                .isEqualTo(new PublicationDraft.Checked("https://example.org/o12", null, null));
        assertThat(draft("M01", today, null, "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8), null).check(procurement, today))
                .isEqualTo(new PublicationDraft.Checked(null, "summary.pdf", "application/pdf"));
        assertThat(draft("M01", today, null, null, "ไม่มีการจัดซื้อจัดจ้าง").check(procurement, today).link()).isNull();
        assertThatThrownBy(() -> draft("Q1", today, "https://example.org", null, null).check(procurement, today))
                .hasMessageContaining("disclosure.period.invalid");
        assertThatThrownBy(() -> draft("M01", today.plusDays(1), "https://example.org", null, null).check(procurement, today))
                .hasMessageContaining("disclosure.publishedOn.future");
        assertThatThrownBy(() -> draft("M01", today, "javascript:alert(1)", null, null).check(procurement, today))
                .hasMessageContaining("disclosure.link.invalid");
        assertThatThrownBy(() -> draft("M01", today, null, "<html>".getBytes(StandardCharsets.UTF_8), null)
                .check(procurement, today)).hasMessageContaining("disclosure.file.type");
        assertThatThrownBy(() -> draft("M01", today, " ", null, " ").check(procurement, today))
                .hasMessageContaining("disclosure.evidence.required");
    }

    private static PublicationDraft draft(String period, LocalDate on, String link, byte[] file, String notes) {
        return new PublicationDraft(period, "สรุปผลการจัดซื้อจัดจ้าง", on, link, file == null ? null : "summary.pdf", file, notes);
    }

    @Test
    void theBundledChecklistsReadWithTheirAutomaticSources() throws IOException {
        Checklist fy2566 = read("disclosure/ita-2566.yml");
        Checklist fy2568 = read("disclosure/ita-2568.yml");
        assertThat(fy2566.items()).hasSize(43).extracting(ChecklistItem::number).startsWith("o1").endsWith("o43");
        assertThat(fy2568.items()).hasSize(26).extracting(ChecklistItem::number).startsWith("O1").endsWith("O26");
        ChecklistItem procurement = fy2568.item("o12").orElseThrow();
        assertThat(procurement.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(procurement.sourceName()).isEqualTo("procurement-summary");
        assertThat(fy2566.item("o37").orElseThrow().sourcePeriod()).isEqualTo("H1");
        assertThat(fy2568.items()).extracting(ChecklistItem::group).contains(DisclosureGroup.values());
    }

    @Test
    void aBrokenChecklistFileIsRefusedWithWhereItIsWrong() {
        String good = """
                code: ITA
                version: 2571
                firstYear: 2571
                name: {th: "ทดสอบ", en: "Test"}
                items:
                  - {number: O1, group: BASIC, frequency: ON_CHANGE, due: START+P0D, th: "โครงสร้าง", en: "Structure"}
                """;
        assertThat(ChecklistFile.read(good.getBytes(StandardCharsets.UTF_8), "test").items()).hasSize(1);
        assertThatThrownBy(() -> ChecklistFile.read(good.replace("ON_CHANGE", "WEEKLY").getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(ChecklistProblem.class, p -> assertThat(p.detail()).isEqualTo("O1: frequency"));
        assertThatThrownBy(() -> ChecklistFile.read(good.replace("START+P0D", "soon").getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(ChecklistProblem.class, p -> assertThat(p.detail()).isEqualTo("O1: due"));
        assertThatThrownBy(() -> ChecklistFile.read(good.replace("firstYear: 2571", "firstYear: 71").getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOf(ChecklistProblem.class);
        assertThatThrownBy(() -> ChecklistFile.read("items: [".getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(ChecklistProblem.class, p -> assertThat(p.messageKey()).isEqualTo("disclosure.checklist.notYaml"));
        String twice = good + "  - {number: O1, group: BASIC, frequency: ONCE, due: START+P0D, th: \"ซ้ำ\", en: \"Again\"}\n";
        assertThatThrownBy(() -> ChecklistFile.read(twice.getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOfSatisfying(ChecklistProblem.class, p -> assertThat(p.messageKey()).isEqualTo("disclosure.checklist.number"));
    }

    private static PeriodState period(String period, LocalDate due, boolean covered) {
        return new PeriodState(period, due, List.of(), covered
                ? List.of(new PublishedEvidence("x", period, "หลักฐาน", null, "/x", null)) : List.of());
    }

    private static Checklist read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return ChecklistFile.read(in.readAllBytes(), path);
        }
    }
}
