package org.sujarit.registers;

import java.util.Locale;
import java.util.regex.Pattern;

import org.sujarit.shared.ThaiDigits;

/**
 * An organisation's name as the flags compare it: the legal form taken off wherever a
 * municipality writes it (บริษัท … จำกัด (มหาชน), บจก., ห้างหุ้นส่วนจำกัด, หจก., ร้าน, Co., Ltd.),
 * then spaces and punctuation, and Thai digits read as Arabic — so that "บริษัท ตัวอย่างไอที จำกัด"
 * in the procurement summary and "บจก.ตัวอย่างไอที" in a declaration are the same name; a branch
 * in brackets after the name ("(สำนักงานใหญ่)", "(สาขาที่ 2)") is the same firm too.
 */
public final class FlagNames {

    /** The legal forms, longest first, so that ห้างหุ้นส่วนจำกัด goes before จำกัด. */
    private static final Pattern LEGAL_FORMS = Pattern.compile(String.join("|",
            "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญนิติบุคคล", "ห้างหุ้นส่วนสามัญ", "ห้างหุ้นส่วน",
            "บริษัทมหาชนจำกัด", "\\(มหาชน\\)", "มหาชน", "บริษัท", "จำกัด", "บจก\\.?", "บมจ\\.?", "หจก\\.?", "หสน\\.?",
            "public company limited", "company limited", "limited partnership", "co\\.,? ?ltd\\.?",
            "ltd\\.? part\\.?", "ltd\\.?", "pcl\\.?"));
    /** A branch written after the name: (สำนักงานใหญ่), (สาขาที่ ๐๐๐๐๑), (head office), (branch 2). */
    private static final Pattern BRANCH = Pattern.compile("\\((สำนักงานใหญ่|สาขา[^)]*|head office|branch[^)]*)\\)");
    private static final Pattern SHOP = Pattern.compile("^(ร้านค้า|ร้าน)");
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

    private FlagNames() {
    }

    /** The bare name; empty when nothing is left (a name that was only a legal form). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String text = ThaiDigits.toArabic(name).toLowerCase(Locale.ROOT).strip();
        text = BRANCH.matcher(text).replaceAll(" ");
        text = LEGAL_FORMS.matcher(text).replaceAll(" ");
        text = SPACES_AND_PUNCTUATION.matcher(text).replaceAll("");
        return SHOP.matcher(text).replaceFirst("");
    }
}
