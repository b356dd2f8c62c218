package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.oversight.SmallCells.Node;
import org.sujarit.oversight.SmallCells.State;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.IndicatorSource.Kind;

class SmallCellsTest {

    static final Indicator ALL = new Indicator("complaint.received", Kind.COUNT, null, true, null, null, null);
    static final Indicator GENERAL = new Indicator("complaint.received-general", Kind.COUNT, null, true, null,
            "complaint.received", null);
    static final Indicator CORRUPTION = new Indicator("complaint.received-corruption", Kind.COUNT, null, true, null,
            "complaint.received", null);
    static final Map<String, Indicator> SMALL = Map.of(ALL.key(), ALL, GENERAL.key(), GENERAL, CORRUPTION.key(), CORRUPTION);

    @Test
    void aCountOfOneToFourIsFewerThanFiveAndZeroOrFiveAreShown() {
        SmallCells cells = SmallCells.over(List.of(node("N", null, 0, 0), node("T:a", "N", 0, 0),
                node("T:b", "N", 0, 0)), Map.of(ALL.key(), ALL));
        assertThat(SmallCells.over(List.of(total("N", null, 9), total("T:a", "N", 4), total("T:b", "N", 5)), Map.of(ALL.key(), ALL))
                .state("T:a", ALL.key())).isEqualTo(State.FEWER_THAN_FIVE);
        assertThat(cells.state("T:a", ALL.key())).isEqualTo(State.SHOWN);
    }

    @Test
    void aSumWithOneHiddenCellHidesItsSmallestOtherCellSoNoSubtractionGivesItBack() {
        // Province 56 = 3 + 10 + 7; the province's total is shown, so the 3 needs a partner: the 7.
        SmallCells cells = SmallCells.over(List.of(total("N", null, 20), total("R:5", "N", 20), total("P:56", "R:5", 20),
                total("T:a", "P:56", 3), total("T:b", "P:56", 10), total("T:c", "P:56", 7)), Map.of(ALL.key(), ALL));
        assertThat(cells.state("T:a", ALL.key())).isEqualTo(State.FEWER_THAN_FIVE);
        assertThat(cells.state("T:c", ALL.key())).isEqualTo(State.COMPLEMENT);
        assertThat(cells.state("T:b", ALL.key())).isEqualTo(State.SHOWN);
        assertThat(cells.state("P:56", ALL.key())).isEqualTo(State.SHOWN);
    }

    @Test
    void aChannelOfFewerThanFiveHidesAnotherPartOfItsTotalAndThatSpreadsToTheColumns() {
        // LAO a: general 3 + corruption 9 = 12. Hiding general alone would let 12 − 9 give it back.
        SmallCells cells = SmallCells.over(List.of(node("N", null, 13, 19), node("T:a", "N", 3, 9), node("T:b", "N", 10, 10)),
                SMALL);
        assertThat(cells.state("T:a", GENERAL.key())).isEqualTo(State.FEWER_THAN_FIVE);
        assertThat(cells.state("T:a", CORRUPTION.key())).isEqualTo(State.COMPLEMENT);
        // each column (nation = a + b) now has one hidden cell in it: b's must go too
        assertThat(cells.state("T:b", GENERAL.key())).isEqualTo(State.COMPLEMENT);
        assertThat(cells.state("T:b", CORRUPTION.key())).isEqualTo(State.COMPLEMENT);
        // and then b's own total = general + corruption has two hidden parts: nothing more to hide there
        assertThat(cells.state("T:b", ALL.key())).isEqualTo(State.SHOWN);
        assertNoSumHasExactlyOneHiddenCell(cells, List.of(node("N", null, 13, 19), node("T:a", "N", 3, 9), node("T:b", "N", 10, 10)));
    }

    private static void assertNoSumHasExactlyOneHiddenCell(SmallCells cells, List<Node> nodes) {
        for (Node n : nodes) {
            long hidden = List.of(ALL, GENERAL, CORRUPTION).stream().filter(i -> cells.withheld(n.id(), i.key())).count();
            assertThat(hidden).as("hidden cells in %s's total and parts", n.id()).isNotEqualTo(1);
        }
        for (Indicator i : List.of(ALL, GENERAL, CORRUPTION)) {
            long hidden = nodes.stream().filter(n -> cells.withheld(n.id(), i.key())).count();
            assertThat(hidden).as("hidden cells in the column %s", i.key()).isNotEqualTo(1);
        }
    }

    private static Node total(String id, String parent, int all) {
        Map<String, BigDecimal> counts = new HashMap<>();
        counts.put(ALL.key(), BigDecimal.valueOf(all));
        return new Node(id, parent, counts);
    }

    private static Node node(String id, String parent, int general, int corruption) {
        Map<String, BigDecimal> counts = new HashMap<>();
        counts.put(ALL.key(), BigDecimal.valueOf(general + corruption));
        counts.put(GENERAL.key(), BigDecimal.valueOf(general));
        counts.put(CORRUPTION.key(), BigDecimal.valueOf(corruption));
        return new Node(id, parent, counts);
    }
}
