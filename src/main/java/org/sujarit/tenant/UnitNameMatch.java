package org.sujarit.tenant;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the unit a typed name means among a tenant's active units, the way people write unit
 * names in a staff list: with or without spaces ("กอง ช่าง"), with or without the kind in front
 * ("ช่าง" for "กองช่าง", "ฝ่ายนิติการ" for "งานนิติการ"), tone marks as they come (ต๋อม, ต้อม), or
 * as a path nearest first ("งานนิติการ ฝ่ายปกครอง สำนักปลัด") or from the top
 * ("สำนักปลัด/ฝ่ายปกครอง/งานนิติการ"). A name that fits two units equally is not guessed.
 */
public final class UnitNameMatch {

    /** What the match found: the unit, or why there is none. */
    public sealed interface Outcome {
    }

    public record Found(UnitNode node) implements Outcome {
    }

    public record Unknown() implements Outcome {
    }

    public record Ambiguous() implements Outcome {
    }

    private static final Pattern KIND = Pattern.compile("^(สำนัก|กอง|ฝาย|งาน)(?=.{2,})");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u200B\\u0E48-\\u0E4B.\\-–/,()]");

    private final List<UnitNode> units;

    public UnitNameMatch(List<UnitNode> activeUnits) {
        this.units = List.copyOf(activeUnits);
    }

    public Outcome of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Unknown();
        }
        String plain = plain(typed);
        Optional<Outcome> exact = single(units.stream().filter(n -> plain(n.unit().nameTh()).equals(plain)).toList());
        if (exact.isPresent()) {
            return exact.get();
        }
        String core = core(typed);
        List<UnitNode> byCore = units.stream().filter(n -> core(n.unit().nameTh()).equals(core)).toList();
        if (!byCore.isEmpty()) {
            return single(byCore).orElse(new Ambiguous());
        }
        return byPath(plain);
    }

    /** The unit whose own name the text contains, with most of its path in the text, then the deepest. */
    private Outcome byPath(String plain) {
        UnitNode best = null;
        int bestScore = 0;
        boolean tied = false;
        for (UnitNode node : units) {
            if (!plain.contains(core(node.unit().nameTh()))) {
                continue;
            }
            int score = 1;
            for (Unit ancestor : node.ancestors()) {
                score += plain.contains(core(ancestor.nameTh())) ? 1 : 0;
            }
            if (best == null || score > bestScore || (score == bestScore && node.depth() > best.depth())) {
                tied = false;
                best = node;
                bestScore = score;
            } else if (score == bestScore && node.depth() == best.depth()) {
                tied = true;
            }
        }
        if (best == null) {
            return new Unknown();
        }
        return tied ? new Ambiguous() : new Found(best);
    }

    private static Optional<Outcome> single(List<UnitNode> nodes) {
        return nodes.size() == 1 ? Optional.of(new Found(nodes.get(0))) : Optional.empty();
    }

    static String plain(String name) {
        return IGNORED.matcher(name).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    static String core(String name) {
        return KIND.matcher(plain(name)).replaceFirst("");
    }
}
