package org.sujarit.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;

/**
 * The KPI an output or outcome states, if it states a number: "อย่างน้อย ๓ ช่องทาง", "จำนวน ๑ ฉบับ",
 * "๕ เรื่องขึ้นไป" (at least a count); "ไม่น้อยกว่าร้อยละ ๘๐" (a percentage); "ปีละ ๔ ครั้ง" (times
 * a year). When a text states several, the first one written is taken.
 */
final class KpiSuggestion {

    private static final String UNIT = "([\u0E01-\u0E4Fa-zA-Z]*)";
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:อย่างน้อย|จำนวน|ไม่น้อยกว่า|ไม่ต่ำกว่า)(?:\\s*(?:อย่างน้อย|จำนวน))?\\s*(\\d[\\d,]*)\\s*" + UNIT);
    private static final Pattern OR_MORE = Pattern.compile("(\\d[\\d,]*)\\s*" + UNIT + "ขึ้นไป");
    private static final Pattern PERCENT = Pattern.compile(
            "(?:(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย)\\s*)?(?:จำนวน\\s*)?(?:ร้อยละ\\s*(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)\\s*%)");
    private static final Pattern PER_YEAR = Pattern.compile("(?:(?:ไม่น้อยกว่า|อย่างน้อย)\\s*)?ปีละ\\s*(\\d+)\\s*" + UNIT);
    private static final String OR_MORE_WORD = "ขึ้นไป";
    /** Units plans count in; none begins another, so their order does not matter. */
    private static final List<String> KNOWN_UNITS = List.of("ช่องทาง", "หลักสูตร", "กิจกรรม", "โครงการ", "ประเด็น",
            "รายการ", "ครัวเรือน", "ชั่วโมง", "ครั้ง", "เรื่อง", "ฉบับ", "คะแนน", "ชุมชน", "แห่ง", "ชุด", "คน", "วัน",
            "เดือน", "หมู่บ้าน", "หน่วยงาน", "ระบบ");

    private record Candidate(int start, KpiType type, BigDecimal target, String unit) {
    }

    private KpiSuggestion() {
    }

    static Optional<Kpi> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String arabic = ThaiText.arabic(text);
        List<Candidate> found = new ArrayList<>();
        first(AT_LEAST, arabic).ifPresent(m -> found.add(count(m)));
        first(OR_MORE, arabic).ifPresent(m -> found.add(count(m)));
        first(PERCENT, arabic).ifPresent(m -> found.add(new Candidate(m.start(), KpiType.PERCENT_AT_LEAST,
                ThaiText.number(m.group(1) != null ? m.group(1) : m.group(2)), "ร้อยละ")));
        first(PER_YEAR, arabic).ifPresent(m -> found.add(new Candidate(m.start(), KpiType.TIMES_PER_YEAR,
                ThaiText.number(m.group(1)), unit(m.group(2)).orElse("ครั้ง"))));
        return found.stream().min(Comparator.comparingInt(Candidate::start)).flatMap(c -> kpi(c, text));
    }

    private static Optional<Kpi> kpi(Candidate candidate, String text) {
        try {
            return Optional.of(new Kpi(candidate.type(), candidate.target(), candidate.unit(), method(text, candidate.unit())));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static Candidate count(Matcher m) {
        return new Candidate(m.start(), KpiType.COUNT_AT_LEAST, ThaiText.number(m.group(1)), unit(m.group(2)).orElse(null));
    }

    private static Optional<Matcher> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /**
     * The unit after a number. Thai runs words together ("๒ ครั้งเป็นอย่างน้อย"), so a unit plans
     * commonly use is cut off the front of the word; any other word is kept without "ขึ้นไป".
     */
    private static Optional<String> unit(String word) {
        String unit = word == null ? "" : word;
        for (String known : KNOWN_UNITS) {
            if (unit.startsWith(known)) {
                return Optional.of(known);
            }
        }
        if (unit.endsWith(OR_MORE_WORD)) {
            unit = unit.substring(0, unit.length() - OR_MORE_WORD.length());
        }
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }

    /**
     * How the target is measured: the first instrument the text names (แบบทดสอบ; แบบประเมิน,
     * แบบสำรวจ, แบบสอบถาม); else a test, survey or satisfaction the text speaks of; else a
     * document (ประกาศ, คู่มือ, ฉบับ, ชุด); else a count.
     */
    private static MeasurementMethod method(String text, String unit) {
        return firstOf(text, List.of(
                new Keyword("แบบทดสอบ", MeasurementMethod.TEST),
                new Keyword("แบบประเมิน", MeasurementMethod.SURVEY),
                new Keyword("แบบสำรวจ", MeasurementMethod.SURVEY),
                new Keyword("แบบสอบถาม", MeasurementMethod.SURVEY)))
                .or(() -> firstOf(text, List.of(
                        new Keyword("ทดสอบ", MeasurementMethod.TEST),
                        new Keyword("สำรวจ", MeasurementMethod.SURVEY),
                        new Keyword("พึงพอใจ", MeasurementMethod.SURVEY))))
                .or(() -> firstOf(text + " " + (unit == null ? "" : unit), List.of(
                        new Keyword("ประกาศ", MeasurementMethod.DOCUMENT),
                        new Keyword("คู่มือ", MeasurementMethod.DOCUMENT),
                        new Keyword("ฉบับ", MeasurementMethod.DOCUMENT),
                        new Keyword("ชุด", MeasurementMethod.DOCUMENT))))
                .orElse(MeasurementMethod.COUNT);
    }

    private record Keyword(String word, MeasurementMethod method) {
    }

    private static Optional<MeasurementMethod> firstOf(String text, List<Keyword> keywords) {
        int best = Integer.MAX_VALUE;
        MeasurementMethod method = null;
        for (Keyword keyword : keywords) {
            int at = text.indexOf(keyword.word());
            if (at >= 0 && at < best) {
                best = at;
                method = keyword.method();
            }
        }
        return Optional.ofNullable(method);
    }
}
