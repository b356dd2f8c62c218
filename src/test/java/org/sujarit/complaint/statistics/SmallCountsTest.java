package org.sujarit.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.complaint.statistics.SmallCounts.Merged;

/** The rule that no count from 1 to 4 reaches the public, alone or worked out from a total. */
class SmallCountsTest {

    record Part(String name, int count) {
    }

    @Test
    void countsFromOneToFourAreFewerThanFiveAndNoneStaysNone() {
        assertThat(SmallCounts.show(0).none()).isTrue();
        assertThat(SmallCounts.show(0).value()).isZero();
        for (int n = 1; n < 5; n++) {
            assertThat(SmallCounts.show(n).fewerThanFive()).as("%d", n).isTrue();
            assertThat(SmallCounts.show(n).value()).isNull();
        }
        assertThat(SmallCounts.show(5).value()).isEqualTo(5);
        assertThat(SmallCounts.show(5).fewerThanFive()).isFalse();
        assertThat(SmallCounts.enough(4)).isFalse();
        assertThat(SmallCounts.enough(5)).isTrue();
        assertThatThrownBy(() -> SmallCounts.show(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCategoryWithThreeCasesIsFoldedWithOthersUnderFive() {
        Merged<Part> merged = SmallCounts.merge(List.of(new Part("roads", 9), new Part("lighting", 3),
                new Part("water", 7), new Part("waste", 2), new Part("noise", 0)), Part::count);

        assertThat(merged.shown()).extracting(Part::name).containsExactly("roads", "water");
        assertThat(merged.folded()).extracting(Part::name).containsExactly("lighting", "waste");
        assertThat(merged.rest()).isEqualTo(5);
        assertThat(merged.restShown().value()).isEqualTo(5);
    }

    @Test
    void aLoneSmallPartThatCouldBeWorkedOutFromTheTotalTakesTheSmallestShownPartWithIt() {
        Merged<Part> merged = SmallCounts.merge(List.of(new Part("roads", 12), new Part("lighting", 3),
                new Part("water", 6), new Part("waste", 8)), Part::count);

        assertThat(merged.shown()).extracting(Part::name).containsExactly("roads", "waste");
        assertThat(merged.folded()).extracting(Part::name).as("in the order given").containsExactly("lighting", "water");
        assertThat(merged.rest()).isEqualTo(9);
    }

    @Test
    void whenEverythingIsSmallTheCombinedPartIsFewerThanFive() {
        Merged<Part> merged = SmallCounts.merge(List.of(new Part("procurement", 2), new Part("bribery", 1)), Part::count);

        assertThat(merged.shown()).isEmpty();
        assertThat(merged.folded()).hasSize(2);
        assertThat(merged.restShown().fewerThanFive()).isTrue();
    }

    @Test
    void partsOfFiveOrMoreAndPartsOfNoneAreLeftAsTheyAre() {
        Merged<Part> merged = SmallCounts.merge(List.of(new Part("roads", 5), new Part("water", 0)), Part::count);

        assertThat(merged.shown()).extracting(Part::name).containsExactly("roads");
        assertThat(merged.folded()).isEmpty();
        assertThat(merged.rest()).isZero();
        assertThat(SmallCounts.merge(List.<Part>of(), Part::count).shown()).isEmpty();
    }

    @Test
    void noCombinationOfFiguresLeavesAPublishedRestUnderFive() {
        List<Map<String, Integer>> cases = List.of(Map.of("a", 1, "b", 5), Map.of("a", 4, "b", 4, "c", 30),
                Map.of("a", 1, "b", 1, "c", 1, "d", 1, "e", 6, "f", 7));
        for (Map<String, Integer> counts : cases) {
            List<Part> parts = counts.entrySet().stream().map(e -> new Part(e.getKey(), e.getValue())).toList();
            Merged<Part> merged = SmallCounts.merge(parts, Part::count);
            assertThat(merged.rest() == 0 || merged.rest() >= 5 || merged.shown().isEmpty()).as("%s", counts).isTrue();
            assertThat(merged.shown()).allSatisfy(p -> assertThat(p.count()).isGreaterThanOrEqualTo(5));
        }
    }
}
