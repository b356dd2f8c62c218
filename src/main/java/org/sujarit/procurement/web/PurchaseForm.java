package org.sujarit.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.procurement.Amounts;
import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.Purchase;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.procurement.PurchaseStatus;
import org.sujarit.shared.ThaiDates;

/**
 * A purchase as typed. Amounts and the date stay text until saved, so that every value that does
 * not read comes back as typed, each with its error, at once; the date is read in the Buddhist
 * Era as every form's date is. Bidders are two parallel lists.
 */
record PurchaseForm(String work, String budget, String referencePrice, ProcurementMethod method,
                    List<String> bidderNames, List<String> bidderPrices, String winner, String agreedPrice,
                    String reason, String contractNumber, String contractDate, String egpProjectNumber,
                    String budgetSource, PurchaseStatus status) {

    static PurchaseForm empty() {
        return new PurchaseForm(null, null, null, null, List.of(), List.of(), null, null, null, null, null, null, null,
                null);
    }

    static PurchaseForm of(Purchase purchase) {
        PurchaseDetails d = purchase.details();
        return new PurchaseForm(d.work(), plain(d.budget()), plain(d.referencePrice()), d.method(),
                d.bidders().stream().map(Bidder::name).toList(), d.bidders().stream().map(b -> plain(b.price())).toList(),
                d.winner(), plain(d.agreedPrice()), d.reason(), d.contractNumber(),
                d.contractDate() == null ? null : ThaiDates.numericDate(d.contractDate()), d.egpProjectNumber(), d.budgetSource(),
                d.status());
    }

    /** The purchase, or {@code null} with the fields that do not read rejected on the binding. */
    PurchaseDetails toDetails(BindingResult binding) {
        BigDecimal budgetAmount = amount(binding, "budget", budget);
        BigDecimal reference = amount(binding, "referencePrice", referencePrice);
        BigDecimal agreed = amount(binding, "agreedPrice", agreedPrice);
        LocalDate date = FormErrors.date(binding, "contractDate", contractDate);
        List<Bidder> bidders = new ArrayList<>();
        List<String> names = bidderNames == null ? List.of() : bidderNames;
        List<String> prices = bidderPrices == null ? List.of() : bidderPrices;
        for (int i = 0; i < Math.max(names.size(), prices.size()); i++) {
            String name = i < names.size() ? names.get(i) : null;
            String price = i < prices.size() ? prices.get(i) : null;
            if ((name == null || name.isBlank()) && (price == null || price.isBlank())) {
                continue;
            }
            try {
                bidders.add(new Bidder(name == null ? null : name.strip(), Amounts.parse(price)));
            } catch (NumberFormatException e) {
                binding.reject("procurement.bidders.priceInvalid");
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new PurchaseDetails(work, budgetAmount, reference, method, bidders, winner, agreed, reason, contractNumber,
                date, egpProjectNumber, budgetSource, status);
    }

    private static BigDecimal amount(BindingResult binding, String field, String text) {
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "procurement.amount.invalid");
            return null;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
