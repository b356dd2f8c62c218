package org.sujarit.oversight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.shared.IndicatorSource.Indicator;

/**
 * Small-cell suppression over the whole hierarchy of one fiscal year — every local government,
 * province, NACC region and the nation — so that every page, file and API shows the same cells
 * withheld, and no two outputs together give back what one hides.
 * <ol>
 * <li>Primary: a count that could single out a person ({@link Indicator#smallCount()}) between 1 and
 * 4 is shown as "fewer than 5". Zero is shown as zero: nobody is singled out by nobody.</li>
 * <li>Complementary: in every sum shown — a place and the places beneath it; a total and its parts
 * (one channel of all complaints) — where exactly one cell is withheld, the smallest other cell
 * (a non-zero one if there is one) is withheld too, so that no subtraction gives the first back;
 * repeated until no sum has exactly one withheld cell.</li>
 * <li>A figure computed over such a count (a median of days, a share of cases) is withheld
 * whenever its base count is.</li>
 * </ol>
 */
final class SmallCells {

    static final int THRESHOLD = 5;

    enum State {
        /** Shown as it is. */
        SHOWN,
        /** A count between 1 and 4: shown as "fewer than 5". */
        FEWER_THAN_FIVE,
        /** Withheld so that a sum does not give back a count of fewer than five. */
        COMPLEMENT
    }

    /** A place in the hierarchy: its id, its parent's id (null for the nation), and its counts. */
    record Node(String id, String parent, Map<String, BigDecimal> counts) {
    }

    private final Map<String, State> states = new HashMap<>();
    /** Every place's counts as the pattern was worked out over them: the figures shown come from here. */
    private final Map<String, Map<String, BigDecimal>> counts = new HashMap<>();
    private final Map<String, Indicator> indicators;

    private SmallCells(Map<String, Indicator> indicators) {
        this.indicators = indicators;
    }

    /**
     * Works out which cells are withheld.
     *
     * @param nodes      every place with its small counts (only {@link Indicator#smallCount()} ones matter)
     * @param indicators the small-count indicators by key, for their {@code partOf} relations
     */
    static SmallCells over(List<Node> nodes, Map<String, Indicator> indicators) {
        SmallCells cells = new SmallCells(indicators);
        cells.suppress(nodes);
        return cells;
    }

    State state(String node, String indicator) {
        return states.getOrDefault(node + '|' + indicator, State.SHOWN);
    }

    /**
     * A place's count as it stood when the pattern was worked out, or null when the place had none.
     * A page shows this value, not one read later: a count read after a change could be 1–4 while
     * the pattern, from before it, let it through.
     */
    BigDecimal count(String node, String indicator) {
        Map<String, BigDecimal> of = counts.get(node);
        return of == null ? null : of.get(indicator);
    }

    /** Whether a count is one the rule hides, whatever the pattern says (1–4). */
    static boolean small(BigDecimal count) {
        return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(THRESHOLD)) < 0;
    }

    /** Whether a figure whose base is this count, or the count itself, is withheld. */
    boolean withheld(String node, String indicator) {
        return state(node, indicator) != State.SHOWN;
    }

    private void suppress(List<Node> nodes) {
        Map<String, Node> byId = new HashMap<>();
        Map<String, List<Node>> children = new HashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
            if (node.parent() != null) {
                children.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
            }
        }
        for (Node node : nodes) {
            counts.put(node.id(), node.counts());
            node.counts().forEach((key, value) -> {
                if (indicators.containsKey(key) && small(value)) {
                    states.put(node.id() + '|' + key, State.FEWER_THAN_FIVE);
                }
            });
        }
        List<List<Cell>> sums = new ArrayList<>();
        for (Node parent : nodes) {
            List<Node> kids = children.getOrDefault(parent.id(), List.of());
            for (String key : indicators.keySet()) {
                if (!kids.isEmpty()) {
                    List<Cell> sum = new ArrayList<>();
                    sum.add(new Cell(parent.id(), key, parent.counts().get(key)));
                    kids.forEach(kid -> sum.add(new Cell(kid.id(), key, kid.counts().get(key))));
                    sums.add(sum);
                }
            }
            Map<String, List<Cell>> parts = new HashMap<>();
            indicators.values().stream().filter(i -> i.partOf() != null && indicators.containsKey(i.partOf()))
                    .forEach(i -> parts.computeIfAbsent(i.partOf(), t -> new ArrayList<>(
                            List.of(new Cell(parent.id(), t, parent.counts().get(t)))))
                            .add(new Cell(parent.id(), i.key(), parent.counts().get(i.key()))));
            sums.addAll(parts.values());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> sum : sums) {
                List<Cell> open = new ArrayList<>();
                int withheld = 0;
                for (Cell cell : sum) {
                    if (withheld(cell.node(), cell.key())) {
                        withheld++;
                    } else if (cell.value() != null) {
                        open.add(cell);
                    }
                }
                if (withheld == 1 && !open.isEmpty()) {
                    Cell next = open.stream().filter(c -> c.value().signum() > 0)
                            .min(Comparator.comparing(Cell::value))
                            .orElse(open.get(0));
                    states.put(next.node() + '|' + next.key(), State.COMPLEMENT);
                    changed = true;
                }
            }
        }
    }

    private record Cell(String node, String key, BigDecimal value) {
    }
}
