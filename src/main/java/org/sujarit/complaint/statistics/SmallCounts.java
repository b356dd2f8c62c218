package org.sujarit.complaint.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The rule that keeps public complaint figures from pointing at anyone: no count from 1 to 4 is
 * published. Such a count shows as "fewer than 5"; and where figures break a total down (the
 * categories of a period, the months of a half-year), the parts under 5 are folded into one
 * combined part. When the combined part would itself be under 5 while other parts are shown —
 * so that it could be worked out from the total — the smallest shown parts join it until it
 * reaches 5 or nothing is left to show.
 *
 * <p>A count of none is published as such: a period without complaints says so, as the ITA asks.
 */
public final class SmallCounts {

    /** The smallest count that is published as a number. */
    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** A count as the public sees it: the number, or (value null) "fewer than 5". */
    public record Shown(Integer value) {

        public boolean fewerThanFive() {
            return value == null;
        }

        public boolean none() {
            return value != null && value == 0;
        }
    }

    public static Shown show(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count > 0 && count < THRESHOLD ? new Shown(null) : new Shown(count);
    }

    /** Whether a count is large enough for what is computed from it (a share, a median) to be published. */
    public static boolean enough(int count) {
        return count >= THRESHOLD;
    }

    /**
     * Parts of a total after merging: those shown with their own count, in the order given; those
     * folded into the combined part; and the combined part's count. Parts with no cases are in
     * neither list.
     */
    public record Merged<T>(List<T> shown, List<T> folded, int rest) {

        public Shown restShown() {
            return show(rest);
        }
    }

    public static <T> Merged<T> merge(List<T> parts, ToIntFunction<T> count) {
        int[] counts = parts.stream().mapToInt(count).toArray();
        boolean[] fold = new boolean[counts.length];
        int rest = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && counts[i] < THRESHOLD) {
                fold[i] = true;
                rest += counts[i];
            }
        }
        while (rest > 0 && rest < THRESHOLD) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] >= THRESHOLD && !fold[i] && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            fold[smallest] = true;
            rest += counts[smallest];
        }
        List<T> shown = new ArrayList<>();
        List<T> folded = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (fold[i]) {
                folded.add(parts.get(i));
            } else if (counts[i] > 0) {
                shown.add(parts.get(i));
            }
        }
        return new Merged<>(List.copyOf(shown), List.copyOf(folded), rest);
    }
}
