package org.sujarit.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.plan.Budget;

/**
 * The budget of a sheet: "ไม่ใช้งบประมาณ"; one amount a year ("ปีละ ๒๐,๐๐๐ บาท") for every year of the
 * plan; amounts by year ("ปี ๒๕๖๖ ๒๐,๐๐๐ บาท ปี ๒๕๖๗ ๓๐,๐๐๐ บาท", a range "๒๕๖๖ – ๒๕๖๘ ปีละ …" gives
 * each year of it the amount); or one sum without a year ("๒๐,๐๐๐ บาท"), kept as its text with the sum
 * in {@code yearless} and no amount by year until the person importing says which year it is for.
 * Anything else keeps only its text.
 */
record BudgetReading(Budget budget, List<Finding> problems, BigDecimal yearless) {

    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:\\.-|-)?\\s*บาท");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,])(2[4-6]\\d\\d)(?![\\d,])(?!\\s*(?:\\.-|-)?\\s*บาท)");
    private static final Pattern NONE = Pattern.compile("ไม่ใช้งบประมาณ|ไม่ได้ใช้งบประมาณ|ไม่มีงบประมาณ|ไม่ใช้จ่ายงบประมาณ");
    /** Words that make one amount an amount for each year. */
    private static final Pattern EACH_YEAR = Pattern.compile("ปีละ|ทุกปี|ต่อปี");
    private static final Pattern DASH = Pattern.compile("^\\s*(?:[-–—‒]|ถึง)\\s*$");

    private record Token(boolean year, int value, BigDecimal amount, int start, int end) {
    }

    static BudgetReading of(String text, int firstYear, int lastYear) {
        String arabic = ThaiText.arabic(text);
        List<Token> tokens = tokens(arabic);
        if (tokens.stream().allMatch(Token::year)) {
            if (NONE.matcher(text).find()) {
                boolean asTemplate = ThaiText.withoutSpaces(text).replaceAll("[-–.]", "").equals(Budget.NONE_TH);
                return new BudgetReading(asTemplate ? Budget.noBudget() : new Budget(true, Map.of(), text), List.of(), null);
            }
            return unreadable(text);
        }
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        if (tokens.stream().noneMatch(Token::year)) {
            if (tokens.stream().map(t -> t.amount().stripTrailingZeros()).distinct().count() > 1) {
                return unreadable(text);
            }
            BigDecimal amount = tokens.get(0).amount();
            if (!EACH_YEAR.matcher(text).find()) {
                return new BudgetReading(new Budget(false, Map.of(), text), List.of(), amount);
            }
            for (int year = firstYear; year <= lastYear; year++) {
                perYear.put(year, amount);
            }
            return new BudgetReading(new Budget(false, perYear, text), List.of(), null);
        }
        List<Finding> problems = new ArrayList<>();
        byYear(arabic, tokens).forEach((year, amount) -> {
            if (year < firstYear || year > lastYear) {
                problems.add(new Finding(ImportProblem.BUDGET_YEAR_OUTSIDE, String.valueOf(year)));
            } else {
                perYear.put(year, amount);
            }
        });
        if (perYear.isEmpty() && problems.isEmpty()) {
            return unreadable(text);
        }
        return new BudgetReading(new Budget(false, perYear, text), problems, null);
    }

    private static BudgetReading unreadable(String text) {
        return new BudgetReading(new Budget(false, Map.of(), text), List.of(new Finding(ImportProblem.BUDGET_UNREADABLE, text)),
                null);
    }

    private static List<Token> tokens(String arabic) {
        List<Token> tokens = new ArrayList<>();
        Matcher amounts = AMOUNT.matcher(arabic);
        while (amounts.find()) {
            tokens.add(new Token(false, 0, ThaiText.number(amounts.group(1)), amounts.start(), amounts.end()));
        }
        Matcher years = YEAR.matcher(arabic);
        while (years.find()) {
            int start = years.start();
            if (tokens.stream().noneMatch(t -> !t.year() && t.start() <= start && start < t.end())) {
                tokens.add(new Token(true, Integer.parseInt(years.group(1)), null, start, years.end()));
            }
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    /** Years and amounts paired in the order they come, whichever of the two comes first. */
    private static Map<Integer, BigDecimal> byYear(String arabic, List<Token> tokens) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        boolean yearFirst = tokens.get(0).year();
        List<Integer> waiting = new ArrayList<>();
        BigDecimal pending = null;
        Token previous = null;
        for (Token token : tokens) {
            if (token.year() == yearFirst) {
                if (yearFirst) {
                    boolean rangeEnd = previous != null && previous.year() && !waiting.isEmpty()
                            && DASH.matcher(arabic.substring(previous.end(), token.start())).matches();
                    if (rangeEnd) {
                        for (int year = waiting.get(waiting.size() - 1) + 1; year <= token.value(); year++) {
                            waiting.add(year);
                        }
                    } else {
                        waiting.clear();
                        waiting.add(token.value());
                    }
                } else {
                    pending = token.amount();
                }
            } else if (yearFirst) {
                for (int year : waiting) {
                    byYear.putIfAbsent(year, token.amount());
                }
                waiting.clear();
            } else if (pending != null) {
                byYear.putIfAbsent(token.value(), pending);
                pending = null;
            }
            previous = token;
        }
        return byYear;
    }
}
