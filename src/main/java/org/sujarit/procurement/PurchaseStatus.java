package org.sujarit.procurement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** สถานะการจัดซื้อจัดจ้าง, which the FY2568 OIT list asks for besides the สขร.๑ columns. */
public enum PurchaseStatus {
    IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress"),
    CONTRACT_SIGNED("ลงนามในสัญญาแล้ว", "Contract signed"),
    COMPLETED("ส่งมอบงานครบถ้วนแล้ว", "Completed"),
    CANCELLED("ยกเลิก", "Cancelled");

    private final String labelTh;
    private final String labelEn;

    PurchaseStatus(String labelTh, String labelEn) {
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

    public static Optional<PurchaseStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wanted) || s.labelTh.equals(wanted)
                || s.labelEn.equalsIgnoreCase(wanted)).findFirst();
    }
}
