package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.plan.importing.DimensionHeading.Level;

/**
 * Lines that may head the next sheet with its dimension, from where they start among the lines being
 * collected. Templates put them between two sheets, so they follow the last section of the sheet before:
 * "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส" ("มิติที่ 2", "มิติ ๒", "มิติที่ ๒ :"), sub-dimension lines
 * "๒.๑ …", a count "โครงการที่ ๖", a heading wrapped onto the next line. They are a heading only when the
 * next sheet starts right after them; a section heading, a list entry or a third line of ordinary text
 * in between shows they were part of the sheet.
 *
 * <p>A sub-dimension line without a "มิติ" line above it ("๑.๒ …" between two sheets of dimension 1)
 * starts a heading only under a dimension already read whose number it continues, after some text of
 * the section none of which is numbered the same way, and its lines must go deeper ("๑.๒" then
 * "๑.๒.๑"): an outcome list numbered "๑.๑ …", "๑.๒ …" at the end of a sheet stays the sheet's.
 */
final class DimensionBlock {

    private static final String D = ThaiText.DIGIT;
    /** "มิติที่ ๒ การบริหาร…", "มิติที่ 2", "มิติ ๒", "มิติที่ ๒ :", "มิติที่ ๒ : การบริหาร…". */
    private static final Pattern DIMENSION = Pattern.compile("^มิติ\\s*(?:ที่)?\\s*(" + D + "{1,2})(?!" + D + ")\\s*(?:[:：.]\\s*)?(.{0,200})$");
    /** "๒.๑ แสดงเจตจำนง…", "๒.๑.๑ …", "๒.๑. …"; never "๒.๑)" (a list entry). */
    private static final Pattern SUB_DIMENSION = Pattern.compile("^(" + D + "{1,2}(?:\\." + D + "{1,2}){1,3})\\.?\\s+(\\S.*)$");
    /** "โครงการที่ ๖", "ลำดับที่ ๓". */
    private static final Pattern ORDINAL = Pattern.compile("^(?:โครงการ|กิจกรรม|มาตรการ|แนวปฏิบัติ|ลำดับ)ที่\\s*" + D + "{1,3}\\s*[:：.]?$");
    private static final int MAX_WRAPPED_LINES = 2;

    private final int start;
    private final List<String> lines = new ArrayList<>();
    private int wrapped;

    private DimensionBlock(int start, String first) {
        this.start = start;
        lines.add(first);
    }

    /** Where the block starts among the collected lines; they are removed from there when it heads a sheet. */
    int start() {
        return start;
    }

    /**
     * A block starting at {@code line}, to be added to {@code collected} next, or null when the line
     * starts none; {@code context} is the heading of the sheets read so far.
     */
    static DimensionBlock startingAt(String line, List<String> collected, DimensionHeading context) {
        if (DIMENSION.matcher(line).matches()) {
            return new DimensionBlock(collected.size(), line);
        }
        Matcher sub = SUB_DIMENSION.matcher(line);
        if (sub.matches() && context != null && top(number(sub.group(1))).equals(context.levels().get(0).number())
                && collected.stream().anyMatch(l -> !l.isBlank())
                && collected.stream().noneMatch(l -> SUB_DIMENSION.matcher(l).matches())) {
            return new DimensionBlock(collected.size(), line);
        }
        return null;
    }

    /** Takes the next line into the block, or says the block was no heading after all. */
    boolean accepts(String line) {
        if (line.isBlank()) {
            return true;
        }
        if (DIMENSION.matcher(line).matches() || SUB_DIMENSION.matcher(line).matches() || ORDINAL.matcher(line).matches()) {
            wrapped = 0;
            lines.add(line);
            return true;
        }
        if (NumberedLine.of(line).isPresent() || ++wrapped > MAX_WRAPPED_LINES) {
            return false;
        }
        lines.add(line);
        return true;
    }

    /** The heading the block gives the next sheet, or empty when its lines are no heading after all. */
    Optional<DimensionHeading> heading(DimensionHeading context) {
        boolean underContext = !DIMENSION.matcher(lines.get(0)).matches();
        List<Level> levels = new ArrayList<>(underContext ? context.levels() : List.of());
        String lastSub = null;
        for (String line : lines) {
            Matcher dimension = DIMENSION.matcher(line);
            Matcher sub = SUB_DIMENSION.matcher(line);
            if (dimension.matches()) {
                levels.clear();
                levels.add(new Level(number(dimension.group(1)), line.replaceFirst("\\s*[:：.]\\s*$", "")));
            } else if (sub.matches() && !levels.isEmpty() && top(number(sub.group(1))).equals(levels.get(0).number())) {
                String number = number(sub.group(1));
                if (underContext && lastSub != null && !number.startsWith(lastSub + ".")) {
                    return Optional.empty();
                }
                lastSub = number;
                levels.removeIf(level -> !number.startsWith(level.number() + "."));
                levels.add(new Level(number, line));
            } else if (!ORDINAL.matcher(line).matches() && !levels.isEmpty()) {
                Level last = levels.remove(levels.size() - 1);
                levels.add(new Level(last.number(), ThaiText.join(last.text(), line)));
            }
        }
        return levels.isEmpty() ? Optional.empty() : Optional.of(new DimensionHeading(levels));
    }

    /** "๒.๑" as "2.1". */
    private static String number(String written) {
        List<String> parts = new ArrayList<>();
        for (String part : ThaiText.arabic(written).split("\\.")) {
            parts.add(String.valueOf(Integer.parseInt(part)));
        }
        return String.join(".", parts);
    }

    private static String top(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }
}
