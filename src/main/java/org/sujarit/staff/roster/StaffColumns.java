package org.sujarit.staff.roster;

import java.util.List;
import java.util.Optional;

import org.sujarit.infrastructure.files.TabularFile;

/**
 * The columns of a staff list and the headings people give them, in Thai or English. The name is
 * one column (ชื่อ-สกุล) or two (ชื่อ and นามสกุล). Other columns (ลำดับ, หมายเหตุ …) are left alone.
 */
enum StaffColumns {
    NAME("name", "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "ชื่อ นามสกุล", "ชื่อ และนามสกุล", "ชื่อและนามสกุล", "name",
            "full name", "fullname"),
    FIRST_NAME("name", "ชื่อ", "first name", "given name"),
    LAST_NAME("name", "นามสกุล", "สกุล", "last name", "surname", "family name"),
    POSITION("position", "ตำแหน่ง", "position", "job title"),
    UNIT("unit", "หน่วยงาน", "สังกัด", "หน่วยงาน/สังกัด", "สังกัด/หน่วยงาน", "กอง/ฝ่าย/งาน", "unit", "department"),
    EMAIL("email", "อีเมล", "อีเมล์", "e-mail", "email", "e-mail address", "email address");

    private final String field;
    private final List<String> headings;

    StaffColumns(String field, String... headings) {
        this.field = field;
        this.headings = List.of(headings);
    }

    /** The part of the message keys and the form that names this column. */
    String field() {
        return field;
    }

    /** The column a heading names: spaces around "-" and "/" and case do not matter. */
    static Optional<StaffColumns> of(String heading) {
        String typed = plain(heading);
        for (StaffColumns column : values()) {
            if (column.headings.stream().map(StaffColumns::plain).anyMatch(typed::equals)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String plain(String heading) {
        return TabularFile.heading(heading).replaceAll("\\s*([-/])\\s*", "$1");
    }
}
