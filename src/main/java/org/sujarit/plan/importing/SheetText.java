package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.plan.ItemKind;

/**
 * The lines of one detail sheet, cut by section: the name (the heading line's text and any line
 * before the first section), then each section's lines, blank lines kept for paragraphs; and the
 * dimension the sheet comes under, or {@code null} when no "มิติที่ …" line heads it or a sheet before it.
 */
record SheetText(int number, ItemKind labelKind, List<String> nameLines, Map<SheetSection, List<String>> sections,
                 DimensionHeading dimension) {

    private static final String KINDS = "โครงการ|กิจกรรม|มาตรการ|แนวปฏิบัติ";
    private static final Pattern START = Pattern.compile("^(?:[-–•]\\s*)?[1๑]\\s*[.)]?\\s*ชื่อ\\s*(" + KINDS + ")"
            + "(?:\\s*/\\s*(?:" + KINDS + "))*\\s*[:：]?\\s*(.*)$");
    /** A new part of the plan ("ส่วนที่ ๔", appendices) ends the last sheet. */
    private static final Pattern PART = Pattern.compile("^(?:ส่วนที่\\s*" + ThaiText.DIGIT + "+(?:\\s.{0,80})?|ภาคผนวก(?:\\s*\\S{0,20})?)$");
    /** A page number left by the extraction: "๑๒", "- ๑๒ -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–\\s]*" + ThaiText.DIGIT + "{1,3}[-–\\s]*$");

    /**
     * The sheets of a plan's text, in order. Text before the first sheet, and after a new part of the
     * plan, belongs to no sheet; it is read only for the dimension lines that head the next sheet. A new
     * part also ends the dimension read so far, since lists of the dimensions come before part ๓.
     */
    static List<SheetText> split(String text) {
        List<SheetText> sheets = new ArrayList<>();
        SheetText sheet = null;
        List<String> current = new ArrayList<>();
        boolean inSheet = false;
        DimensionHeading dimension = null;
        DimensionBlock block = null;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            Matcher start = START.matcher(line);
            if (start.matches()) {
                if (block != null) {
                    Optional<DimensionHeading> heading = block.heading(dimension);
                    if (heading.isPresent()) {
                        dimension = heading.get();
                        current.subList(block.start(), current.size()).clear();
                    }
                    block = null;
                }
                sheet = new SheetText(sheets.size() + 1, kind(start.group(1)).orElse(ItemKind.PROJECT), new ArrayList<>(),
                        new EnumMap<>(SheetSection.class), dimension);
                sheets.add(sheet);
                current = sheet.nameLines();
                current.add(start.group(2));
                inSheet = true;
                continue;
            }
            if (PART.matcher(line).matches()) {
                current = new ArrayList<>();
                inSheet = false;
                dimension = null;
                block = null;
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            Optional<SheetSection.Heading> heading = SheetSection.of(line);
            if (heading.isPresent()) {
                block = null;
            } else if (block != null && !block.accepts(line)) {
                block = null;
            }
            if (heading.isPresent() && inSheet) {
                current = sheet.sections().computeIfAbsent(heading.get().section(), s -> new ArrayList<>());
                current.add(heading.get().inline());
                continue;
            }
            if (block == null && heading.isEmpty()) {
                block = DimensionBlock.startingAt(line, current, dimension);
            }
            current.add(line);
        }
        return sheets;
    }

    /** The kind a name's first word gives ("มาตรการ …" is a measure), if it starts with one. */
    static Optional<ItemKind> kind(String word) {
        String name = word.strip().replaceFirst("^[\"“”'‘’«(\\[]+", "");
        if (name.startsWith("โครงการ")) {
            return Optional.of(ItemKind.PROJECT);
        }
        if (name.startsWith("กิจกรรม")) {
            return Optional.of(ItemKind.ACTIVITY);
        }
        if (name.startsWith("มาตรการ")) {
            return Optional.of(ItemKind.MEASURE);
        }
        if (name.startsWith("แนวปฏิบัติ")) {
            return Optional.of(ItemKind.GUIDELINE);
        }
        return Optional.empty();
    }
}
