package org.sujarit.procurement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** วิธีซื้อหรือจ้าง under the Public Procurement Act B.E. 2560, as the สขร.๑ form names them. */
public enum ProcurementMethod {
    SPECIFIC("เฉพาะเจาะจง", "Specific method"),
    E_BIDDING("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "Electronic bidding (e-bidding)"),
    E_MARKET("ตลาดอิเล็กทรอนิกส์ (e-market)", "Electronic market (e-market)"),
    SELECTION("คัดเลือก", "Selection");

    private final String labelTh;
    private final String labelEn;

    ProcurementMethod(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelTh;
    }

    /**
     * The method a spreadsheet cell names: its code, its Thai or English label, or the short name
     * people write ("e-bidding", "e-market"), ignoring case and spaces.
     */
    public static Optional<ProcurementMethod> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normal(text);
        return Arrays.stream(values()).filter(m -> normal(m.name()).equals(wanted) || normal(m.labelTh).equals(wanted)
                || normal(m.labelEn).equals(wanted) || normal(m.labelTh).startsWith(wanted)
                || wanted.equals(normal(m.name().replace('_', '-')))).findFirst();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace('_', '-');
    }
}
