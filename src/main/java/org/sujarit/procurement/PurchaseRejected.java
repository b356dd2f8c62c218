package org.sujarit.procurement;

import java.util.List;

import org.sujarit.procurement.PurchaseDetails.Problem;

/** A purchase breaks the form's rules; nothing was saved. */
public class PurchaseRejected extends RuntimeException {

    private final List<Problem> problems;

    public PurchaseRejected(List<Problem> problems) {
        super("Purchase rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
