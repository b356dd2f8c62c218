package org.sujarit.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of a purchase in files — the import, its template and the open data — headed as on
 * the สขร.๑ form and the FY2568 list. Bidders share one cell: {@code ร้าน ก = 10,000.00; ร้าน ข = 12,500.00}.
 */
public enum PurchaseColumns {
    WORK("work", "งานที่จัดซื้อหรือจัดจ้าง", "work", true),
    BUDGET("budget", "วงเงินงบประมาณ", "budget", true),
    REFERENCE_PRICE("referencePrice", "ราคากลาง", "reference_price", false),
    METHOD("method", "วิธีซื้อหรือจ้าง", "method", true),
    BIDDERS("bidders", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "bidders", false),
    WINNER("winner", "ผู้ได้รับการคัดเลือก", "winner", true),
    AGREED_PRICE("agreedPrice", "ราคาที่ตกลง", "agreed_price", true),
    REASON("reason", "เหตุผลที่คัดเลือก", "reason", true),
    CONTRACT_NUMBER("contractNumber", "เลขที่สัญญา", "contract_number", false),
    CONTRACT_DATE("contractDate", "วันที่สัญญา", "contract_date", false),
    EGP_PROJECT_NUMBER("egpProjectNumber", "เลขที่โครงการในระบบ e-GP", "egp_project_number", false),
    BUDGET_SOURCE("budgetSource", "แหล่งที่มาของงบประมาณ", "budget_source", false),
    STATUS("status", "สถานะการจัดซื้อจัดจ้าง", "status", false);

    /** Between two bidders in a cell. */
    public static final String BIDDER_SEPARATOR = ";";
    /** Between a bidder's name and price. */
    public static final String PRICE_SEPARATOR = "=";

    private final String field;
    private final String header;
    private final String key;
    private final boolean required;

    PurchaseColumns(String field, String header, String key, boolean required) {
        this.field = field;
        this.header = header;
        this.key = key;
        this.required = required;
    }

    /** The form field, and the message key's last part. */
    public String field() {
        return field;
    }

    /** The Thai heading, as on the form. */
    public String header() {
        return header;
    }

    /** The open data's key. */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** The purchase's cells in the order of the columns, as text (amounts without grouping, dates ISO). */
    public static List<String> cells(PurchaseDetails d) {
        List<String> cells = new ArrayList<>();
        cells.add(d.work());
        cells.add(plain(d.budget()));
        cells.add(plain(d.referencePrice()));
        cells.add(d.method().labelTh());
        cells.add(bidders(d.bidders()));
        cells.add(d.winner());
        cells.add(plain(d.agreedPrice()));
        cells.add(d.reason());
        cells.add(d.contractNumber());
        cells.add(d.contractDate() == null ? null : d.contractDate().toString());
        cells.add(d.egpProjectNumber());
        cells.add(d.budgetSource());
        cells.add(d.status() == null ? null : d.status().labelTh());
        return cells;
    }

    public static String bidders(List<Bidder> bidders) {
        return bidders.stream().map(b -> b.name() + " " + PRICE_SEPARATOR + " " + plain(b.price()))
                .collect(Collectors.joining(BIDDER_SEPARATOR + " "));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
