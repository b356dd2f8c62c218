package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the NACC scores one ITA perception survey (IIT for staff, EIT for service users), as far as
 * it is known: the score of each level of a 4-point item and of a yes/no item, the indicators with
 * their weights and items, the pass mark and the sample the NACC would draw. A figure not confirmed
 * from a source carries a {@link Basis} that says so, and the pages show it.
 *
 * @param levels the score of each level of a 4-point item, highest level first (100, 71.66, 28.33, 0)
 * @param yesNo  the score of a yes/no item's two answers, in the order the item lists them
 * @param items  every scored question with its indicator and the score of each of its options
 */
public record ItaRules(Part part, BigDecimal passMark, Basis passMarkBasis, List<BigDecimal> levels, List<BigDecimal> yesNo,
                       Basis scoringBasis, Basis weightBasis, List<Indicator> indicators, List<Item> items,
                       ItaSample sample) {

    /** IIT: the agency's staff; EIT: its service users. */
    public enum Part { IIT, EIT }

    /** Whether a figure was confirmed from a source, and a note on where it comes from. */
    public record Basis(boolean confirmed, String th, String en) {

        public String text(boolean english) {
            return english && en != null ? en : th;
        }
    }

    /** One of the NACC's indicators ({@code number} as the ITA numbers them: 1–5 IIT, 6–8 EIT). */
    public record Indicator(String key, int number, String th, String en, BigDecimal weight) {

        public String text(boolean english) {
            return english && en != null ? en : th;
        }
    }

    /** A question that counts towards an indicator, with the score of each of its options. */
    public record Item(String question, String indicator, List<BigDecimal> scores) {

        public Item {
            scores = List.copyOf(scores);
        }
    }

    public ItaRules {
        levels = List.copyOf(levels);
        yesNo = List.copyOf(yesNo);
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
    }

    public List<Item> items(Indicator indicator) {
        return items.stream().filter(i -> i.indicator().equals(indicator.key())).toList();
    }
}
