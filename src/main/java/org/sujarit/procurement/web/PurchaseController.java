package org.sujarit.procurement.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.procurement.MonthSummary;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.procurement.PurchaseRejected;
import org.sujarit.procurement.PurchaseStatus;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** Adding, editing and removing a purchase of a month not yet published. */
@Controller
@RequestMapping("/console/procurement/{year}/{month}/purchases")
@PreAuthorize(ProcurementRoles.EDITORS)
class PurchaseController {

    /** The one rule of several fields, shown at the bidders' table. */
    private static final Map<String, String> FORM_FIELDS = Map.of("bidders", "bidderNames");

    private final ProcurementSummaries summaries;

    PurchaseController(ProcurementSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/new")
    String newPurchase(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                       Model model) {
        model.addAttribute("form", PurchaseForm.empty());
        return view(summaries.month(me.tenant(), year, month), null, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
               @ModelAttribute("form") PurchaseForm form, BindingResult binding, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        MonthSummary summary = summaries.month(me.tenant(), year, month);
        return save(form, binding, redirect, year, month, details ->
                summaries.addPurchase(me.tenant(), year, month, details, me.userId()), () -> {
                    FormErrors.unprocessable(response);
                    return view(summary, null, model);
                });
    }

    @GetMapping("/{purchaseId}")
    String edit(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                @PathVariable UUID purchaseId, Model model) {
        model.addAttribute("form", PurchaseForm.of(summaries.purchase(me.tenant(), year, month, purchaseId)));
        return view(summaries.month(me.tenant(), year, month), purchaseId, model);
    }

    @PostMapping("/{purchaseId}")
    String update(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                  @PathVariable UUID purchaseId, @ModelAttribute("form") PurchaseForm form, BindingResult binding,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        summaries.purchase(me.tenant(), year, month, purchaseId);
        MonthSummary summary = summaries.month(me.tenant(), year, month);
        return save(form, binding, redirect, year, month, details ->
                summaries.updatePurchase(me.tenant(), year, month, purchaseId, details, me.userId()), () -> {
                    FormErrors.unprocessable(response);
                    return view(summary, purchaseId, model);
                });
    }

    @PostMapping("/{purchaseId}/remove")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                  @PathVariable UUID purchaseId, RedirectAttributes redirect) {
        try {
            summaries.removePurchase(me.tenant(), year, month, purchaseId, me.userId());
            redirect.addFlashAttribute("notice", "procurement.purchaseRemoved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/procurement/" + year + "/" + month;
    }

    private static String save(PurchaseForm form, BindingResult binding, RedirectAttributes redirect, int year, int month,
                               Consumer<PurchaseDetails> action,
                               Supplier<String> again) {
        PurchaseDetails details = binding.hasErrors() ? null : form.toDetails(binding);
        if (details != null) {
            try {
                action.accept(details);
                redirect.addFlashAttribute("notice", "procurement.purchaseSaved");
                return "redirect:/console/procurement/" + year + "/" + month;
            } catch (PurchaseRejected rejected) {
                rejected.problems().forEach(problem ->
                        FormErrors.reject(binding, new RuleViolation(problem.field(), problem.messageKey()), FORM_FIELDS));
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation, FORM_FIELDS);
            }
        }
        return again.get();
    }

    private static String view(MonthSummary summary, UUID purchaseId, Model model) {
        model.addAttribute("summary", summary);
        model.addAttribute("purchaseId", purchaseId);
        model.addAttribute("methods", ProcurementMethod.values());
        model.addAttribute("statuses", PurchaseStatus.values());
        return "procurement/purchase";
    }
}
