package org.sujarit.registers;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The Thai words official documents print for the register's values (pages use the message bundles). */
public final class GiftLabels {

    private GiftLabels() {
    }

    static String category(GiftCategory category) {
        return switch (category) {
            case GOODS -> "สิ่งของ";
            case CASH_OR_VOUCHER -> "เงินสด บัตรกำนัล หรือสิ่งที่ใช้แทนเงิน";
            case HOSPITALITY -> "การเลี้ยงรับรอง";
            case TRAVEL -> "การเดินทางหรือที่พัก";
            case SERVICE_OR_DISCOUNT -> "บริการหรือส่วนลด";
            case OTHER -> "ประโยชน์อื่นใด";
        };
    }

    static String action(GiftAction action) {
        return switch (action) {
            case DECLINED -> "ปฏิเสธการรับ";
            case RETURNED -> "ส่งคืนผู้ให้";
            case ACCEPTED -> "รับไว้ตามหลักเกณฑ์";
            case REPORTED -> "รายงานผู้บังคับบัญชา";
        };
    }

    static String decision(GiftDecision decision) {
        return switch (decision) {
            case KEEP_FOR_AGENCY -> "ให้เป็นสิทธิของหน่วยงาน";
            case RETURN -> "ให้ส่งคืนผู้ให้";
            case HAND_OVER -> "ให้ส่งมอบแก่หน่วยงานหรือองค์กรสาธารณกุศล";
            case OTHER -> "อื่น ๆ";
        };
    }

    static String giverKind(GiverKind kind) {
        return kind == GiverKind.PERSON ? "บุคคล" : "นิติบุคคลหรือองค์กร";
    }

    static String baht(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** As people write a sum in a sentence: 3,000, with satang only when there are some (3,000.5). */
    public static String bahtInText(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
