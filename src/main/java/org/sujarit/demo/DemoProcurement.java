package org.sujarit.demo;

import java.math.BigDecimal;
import java.util.List;

import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.procurement.PurchaseStatus;

/** The shape of a demo procurement file: months of a fiscal year, numbered from October. */
record DemoProcurement(List<Month> months) {

    record Month(int month, Boolean publish, Boolean noProcurement, List<Purchase> purchases) {

        boolean published() {
            return Boolean.TRUE.equals(publish);
        }

        boolean withoutProcurement() {
            return Boolean.TRUE.equals(noProcurement);
        }

        List<Purchase> purchasesOrNone() {
            return purchases == null ? List.of() : purchases;
        }
    }

    /** A purchase as in the สขร.๑ form; the contract's date is a day of the month it belongs to. */
    record Purchase(String work, BigDecimal budget, BigDecimal referencePrice, ProcurementMethod method,
                    List<Bidder> bidders, String winner, BigDecimal agreedPrice, String reason, String contractNumber,
                    Integer contractDay, String egpProjectNumber, String budgetSource, PurchaseStatus status) {

        PurchaseDetails in(FiscalMonth month) {
            return new PurchaseDetails(work, budget, referencePrice, method, bidders, winner, agreedPrice, reason,
                    contractNumber, contractDay == null ? null : month.firstDay().withDayOfMonth(contractDay),
                    egpProjectNumber, budgetSource, status);
        }
    }
}
