package org.sujarit.plan.importing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a detail sheet after its name, in the order the NACC template prints them, with
 * the headings plans use for them (the first is the template's own; longer wordings come first).
 */
enum SheetSection {
    RATIONALE("๒ หลักการและเหตุผล", "หลักการและเหตุผล", "หลักการเหตุผล", "ที่มาและความสำคัญ"),
    OBJECTIVES("๓ วัตถุประสงค์", "วัตถุประสงค์"),
    TARGET_GROUP("๔ กลุ่มเป้าหมาย", "กลุ่มเป้าหมาย", "เป้าหมาย"),
    METHOD("๕ วิธีดำเนินการ", "วิธีดำเนินการ", "วิธีการดำเนินการ", "วิธีการดำเนินงาน", "ขั้นตอนการดำเนินการ",
            "ขั้นตอนการดำเนินงาน"),
    PERIOD("๖ ระยะเวลาดำเนินการ", "ระยะเวลาดำเนินการ", "ระยะเวลาในการดำเนินการ", "ระยะเวลาการดำเนินการ",
            "ระยะเวลาดำเนินงาน", "ระยะเวลา"),
    BUDGET("๗ งบประมาณดำเนินการ", "งบประมาณดำเนินการ", "งบประมาณในการดำเนินการ", "งบประมาณ"),
    RESPONSIBLE("๘ ผู้รับผิดชอบโครงการ", "ผู้รับผิดชอบโครงการ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ",
            "ผู้รับผิดชอบ"),
    OUTPUTS("๙ ผลผลิต", "ผลผลิต", "ตัวชี้วัด"),
    OUTCOMES("ผลลัพธ์", "ผลลัพธ์", "ผลที่คาดว่าจะได้รับ");

    /** "๖." or "6." before a heading; list items use ")" and never start a section. */
    private static final Pattern NUMBERED = Pattern.compile("^" + ThaiText.DIGIT + "{1,2}\\s*\\.\\s*(.*)$");

    private final String label;
    private final List<String> headings;

    SheetSection(String label, String... headings) {
        this.label = label;
        this.headings = List.of(headings);
    }

    /** How the plan heads the section, for problems: "๖ ระยะเวลาดำเนินการ". */
    String label() {
        return label;
    }

    /** A heading and whatever follows it on the same line after a colon ("๗. งบประมาณ : ไม่ใช้งบประมาณ"). */
    record Heading(SheetSection section, String inline) {
    }

    /**
     * Whether a line heads a section: "๖. ระยะเวลาดำเนินการ" (with "/ที่มาของโครงการ", "(…)", ": text" or
     * " text" after it), or the heading alone on its line ("ผลลัพธ์", "ผลลัพธ์ : …"). Spaces inside the
     * heading do not matter.
     */
    static Optional<Heading> of(String line) {
        String text = line.strip();
        Matcher numbered = NUMBERED.matcher(text);
        boolean hasNumber = numbered.matches();
        String rest = hasNumber ? numbered.group(1) : text;
        for (SheetSection section : values()) {
            for (String heading : section.headings) {
                Optional<String> after = after(rest, heading);
                if (after.isEmpty()) {
                    continue;
                }
                String remainder = after.get().strip();
                if (remainder.isEmpty()) {
                    return Optional.of(new Heading(section, ""));
                }
                if (remainder.startsWith(":") || remainder.startsWith("：")) {
                    return Optional.of(new Heading(section, remainder.substring(1).strip()));
                }
                if (!hasNumber) {
                    continue;
                }
                if (remainder.startsWith("/") || remainder.startsWith("(")) {
                    int colon = remainder.indexOf(':');
                    return Optional.of(new Heading(section, colon < 0 ? "" : remainder.substring(colon + 1).strip()));
                }
                if (Character.isWhitespace(after.get().charAt(0))) {
                    return Optional.of(new Heading(section, remainder));
                }
            }
        }
        return Optional.empty();
    }

    /** The rest of {@code text} after {@code heading}, skipping spaces inside the heading. */
    private static Optional<String> after(String text, String heading) {
        int at = 0;
        for (int i = 0; i < heading.length(); i++) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length() || text.charAt(at) != heading.charAt(i)) {
                return Optional.empty();
            }
            at++;
        }
        return Optional.of(text.substring(at));
    }
}
