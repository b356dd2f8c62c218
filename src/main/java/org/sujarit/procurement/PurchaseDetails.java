package org.sujarit.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One purchase in the columns of the สขร.๑ form, and the FY2568 list's e-GP project number, budget
 * source and status.
 */
public record PurchaseDetails(String work, BigDecimal budget, BigDecimal referencePrice, ProcurementMethod method,
                              List<Bidder> bidders, String winner, BigDecimal agreedPrice, String reason,
                              String contractNumber, LocalDate contractDate, String egpProjectNumber,
                              String budgetSource, PurchaseStatus status) {

    static final int MAX_TEXT = 1000;

    public PurchaseDetails {
        bidders = bidders == null ? List.of() : List.copyOf(bidders);
        work = strip(work);
        winner = strip(winner);
        reason = strip(reason);
        contractNumber = strip(contractNumber);
        egpProjectNumber = strip(egpProjectNumber);
        budgetSource = strip(budgetSource);
    }

    /** A rule a purchase breaks: the field it concerns and the message key. */
    public record Problem(String field, String messageKey) {
    }

    /** Every rule broken, in the order of the form; none when it can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        required(problems, "work", work);
        if (budget == null) {
            problems.add(new Problem("budget", "procurement.budget.required"));
        }
        if (method == null) {
            problems.add(new Problem("method", "procurement.method.required"));
        }
        for (Bidder bidder : bidders) {
            if (bidder.name() == null || bidder.name().isBlank() || bidder.price() == null) {
                problems.add(new Problem("bidders", "procurement.bidders.incomplete"));
                break;
            }
        }
        required(problems, "winner", winner);
        if (agreedPrice == null) {
            problems.add(new Problem("agreedPrice", "procurement.agreedPrice.required"));
        } else if (budget != null && agreedPrice.compareTo(budget) > 0) {
            problems.add(new Problem("agreedPrice", "procurement.agreedPrice.overBudget"));
        }
        required(problems, "reason", reason);
        for (String text : new String[] {work, winner, reason, contractNumber, egpProjectNumber, budgetSource}) {
            if (text != null && text.length() > MAX_TEXT) {
                problems.add(new Problem(null, "procurement.text.tooLong"));
                break;
            }
        }
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (value == null) {
            problems.add(new Problem(field, "procurement." + field + ".required"));
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
