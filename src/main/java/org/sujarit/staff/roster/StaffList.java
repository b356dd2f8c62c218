package org.sujarit.staff.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.sujarit.infrastructure.files.TabularFile;
import org.sujarit.staff.roster.StaffListRejected.LineProblem;
import org.sujarit.tenant.UnitNameMatch;
import org.sujarit.tenant.UnitNode;

/**
 * Reads and checks a staff list: every line needs a name (at most 200 characters), a unit that
 * is one of the tenant's active units, a position of at most 200 characters and, when it has
 * one, a well-formed e-mail address that no other line and no other person's account holds. A
 * line whose e-mail (or, without e-mail, whose name) is already an account of the tenant is
 * already there: importing the same list twice creates nobody twice. One wrong line rejects
 * the whole list.
 */
public final class StaffList {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2000;
    static final int MAX_TEXT = 200;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** An account the tenant already has, as the list is compared with it. */
    record Account(String displayName, String email) {
    }

    /** A checked line; {@code existing} when the tenant already has the person's account. */
    public record Line(int number, String name, String position, UnitNode unit, String email, boolean existing) {
    }

    private StaffList() {
    }

    static List<Line> read(byte[] content, List<UnitNode> activeUnits, List<Account> accounts) {
        if (content == null || content.length == 0) {
            throw rejected("staff.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw rejected("staff.import.tooLarge");
        }
        List<List<String>> rows;
        try {
            rows = TabularFile.lines(content, true);
        } catch (TabularFile.Unreadable e) {
            throw new StaffListRejected(List.of(new LineProblem(e.line(), null, "staff.import.unreadable")));
        }
        if (rows.isEmpty()) {
            throw rejected("staff.import.empty");
        }
        List<LineProblem> problems = new ArrayList<>();
        Map<StaffColumns, Integer> columns = columns(rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw new StaffListRejected(problems);
        }
        Checks checks = new Checks(new UnitNameMatch(activeUnits), accounts, problems);
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                problems.add(new LineProblem(i + 1, null, "staff.import.tooManyRows"));
                break;
            }
            lines.add(checks.line(i + 1, cells, columns));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(1, null, "staff.import.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new StaffListRejected(problems);
        }
        return lines;
    }

    private static Map<StaffColumns, Integer> columns(List<String> headings, List<LineProblem> problems) {
        Map<StaffColumns, Integer> columns = new EnumMap<>(StaffColumns.class);
        for (int i = 0; i < headings.size(); i++) {
            int index = i;
            StaffColumns.of(headings.get(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    problems.add(new LineProblem(1, column.field(), "staff.import.headingTwice"));
                }
            });
        }
        boolean name = columns.containsKey(StaffColumns.NAME)
                || (columns.containsKey(StaffColumns.FIRST_NAME) && columns.containsKey(StaffColumns.LAST_NAME));
        if (!name) {
            problems.add(new LineProblem(1, "name", "staff.import.missingHeading"));
        }
        for (StaffColumns required : List.of(StaffColumns.POSITION, StaffColumns.UNIT)) {
            if (!columns.containsKey(required)) {
                problems.add(new LineProblem(1, required.field(), "staff.import.missingHeading"));
            }
        }
        return columns;
    }

    /** The checks that look across lines: e-mails seen so far, and the tenant's accounts. */
    private static final class Checks {

        private final UnitNameMatch units;
        private final Map<String, String> accountByEmail = new HashMap<>();
        private final Map<String, Boolean> accountNames = new HashMap<>();
        private final Map<String, Integer> emailLines = new HashMap<>();
        private final List<LineProblem> problems;

        Checks(UnitNameMatch units, List<Account> accounts, List<LineProblem> problems) {
            this.units = units;
            this.problems = problems;
            for (Account account : accounts) {
                if (account.email() != null) {
                    accountByEmail.put(account.email().toLowerCase(Locale.ROOT), name(account.displayName()));
                }
                accountNames.put(name(account.displayName()), true);
            }
        }

        Line line(int number, List<String> cells, Map<StaffColumns, Integer> columns) {
            String name = TabularFile.cell(cells, columns.get(StaffColumns.NAME));
            if (name == null) {
                String first = TabularFile.cell(cells, columns.get(StaffColumns.FIRST_NAME));
                String last = TabularFile.cell(cells, columns.get(StaffColumns.LAST_NAME));
                name = first == null ? last : last == null ? first : first + " " + last;
            }
            name = name == null ? null : name.replaceAll("\\s+", " ");
            if (name == null || name.codePointCount(0, name.length()) < 2) {
                problems.add(new LineProblem(number, "name", "staff.import.nameMissing"));
            } else if (name.length() > MAX_TEXT) {
                problems.add(new LineProblem(number, "name", "staff.import.nameTooLong"));
            }
            String position = TabularFile.cell(cells, columns.get(StaffColumns.POSITION));
            if (position != null && position.length() > MAX_TEXT) {
                problems.add(new LineProblem(number, "position", "staff.import.positionTooLong"));
            }
            UnitNode unit = unit(number, TabularFile.cell(cells, columns.get(StaffColumns.UNIT)));
            String email = TabularFile.cell(cells, columns.get(StaffColumns.EMAIL));
            boolean existing = email == null ? name != null && accountNames.containsKey(name(name))
                    : existingByEmail(number, name, email);
            return new Line(number, name, position, unit, email == null ? null : email.toLowerCase(Locale.ROOT), existing);
        }

        private UnitNode unit(int number, String typed) {
            if (typed == null) {
                problems.add(new LineProblem(number, "unit", "staff.import.unitMissing"));
                return null;
            }
            UnitNameMatch.Outcome outcome = units.of(typed);
            if (outcome instanceof UnitNameMatch.Found found) {
                return found.node();
            }
            problems.add(new LineProblem(number, "unit", outcome instanceof UnitNameMatch.Ambiguous
                    ? "staff.import.unitAmbiguous" : "staff.import.unitUnknown"));
            return null;
        }

        private boolean existingByEmail(int number, String name, String email) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                problems.add(new LineProblem(number, "email", "staff.import.emailInvalid"));
                return false;
            }
            String key = email.toLowerCase(Locale.ROOT);
            Integer earlier = emailLines.putIfAbsent(key, number);
            if (earlier != null) {
                problems.add(new LineProblem(number, "email", "staff.import.emailTwice", earlier));
                return false;
            }
            String holder = accountByEmail.get(key);
            if (holder == null) {
                return false;
            }
            if (name == null || !holder.equals(name(name))) {
                problems.add(new LineProblem(number, "email", "staff.import.emailTaken"));
                return false;
            }
            return true;
        }

        private static String name(String displayName) {
            return displayName.strip().replaceAll("\\s+", " ");
        }
    }

    private static StaffListRejected rejected(String messageKey) {
        return new StaffListRejected(List.of(new LineProblem(0, null, messageKey)));
    }
}
