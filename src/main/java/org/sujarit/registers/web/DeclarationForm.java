package org.sujarit.registers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.BindingResult;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.DeclarationDraft;
import org.sujarit.registers.InterestDeclaration;
import org.sujarit.registers.InterestEntry;
import org.sujarit.registers.InterestHolder;
import org.sujarit.registers.InterestInvolvement;
import org.sujarit.registers.InterestKind;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiTaxId;

/**
 * A yearly declaration as typed: "none", or interests as parallel lists, one row each (as the
 * purchase form's bidders). Everything stays text until saved, so that a row that does not read
 * comes back as typed with its error; an entirely blank row is left out.
 */
record DeclarationForm(Integer fiscalYear, Boolean none, List<String> kinds, List<String> holders,
                       List<String> relativeNames, List<String> involvements, List<String> organisations,
                       List<String> taxIds, List<String> details) {

    static DeclarationForm blank(int fiscalYear) {
        return new DeclarationForm(fiscalYear, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The current version, to be changed and signed again. */
    static DeclarationForm of(InterestDeclaration d) {
        List<InterestEntry> e = d.entries();
        return new DeclarationForm(d.fiscalYear(), d.noneDeclared(), e.stream().map(x -> x.kind().name()).toList(),
                e.stream().map(x -> x.holder().name()).toList(), e.stream().map(x -> text(x.relativeName())).toList(),
                e.stream().map(x -> x.involvement() == null ? "" : x.involvement().name()).toList(),
                e.stream().map(InterestEntry::organisation).toList(),
                e.stream().map(x -> x.taxId() == null ? "" : x.taxId().formatted()).toList(),
                e.stream().map(x -> text(x.detail())).toList());
    }

    /** The draft, or {@code null} with what does not read rejected on the binding. */
    DeclarationDraft toDraft(BindingResult binding) {
        List<InterestEntry> entries = new ArrayList<>();
        int rows = List.of(size(kinds), size(holders), size(relativeNames), size(involvements), size(organisations),
                size(taxIds), size(details)).stream().max(Integer::compare).orElse(0);
        for (int i = 0; i < Math.min(rows, 100); i++) {
            String kind = at(kinds, i);
            String holder = at(holders, i);
            String relative = at(relativeNames, i);
            String involvement = at(involvements, i);
            String organisation = at(organisations, i);
            String taxId = at(taxIds, i);
            String detail = at(details, i);
            if (relative == null && organisation == null && taxId == null && detail == null && involvement == null) {
                continue;
            }
            Optional<ThaiTaxId> parsed = taxId == null ? Optional.empty() : ThaiTaxId.parse(taxId);
            if (taxId != null && parsed.isEmpty()) {
                binding.rejectValue("taxIds", "interest.taxId.invalid", new Object[] {i + 1}, null);
            }
            entries.add(new InterestEntry(parse(InterestKind.class, kind), parse(InterestHolder.class, holder), relative,
                    parse(InterestInvolvement.class, involvement), organisation, parsed.orElse(null), detail));
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new DeclarationDraft(Boolean.TRUE.equals(none), entries);
    }

    /** Shows a problem of the draft at its field, with its row. */
    static void reject(BindingResult binding, DeclarationDraft.Problem problem) {
        RuleViolation v = problem.violation();
        if (problem.row() == 0) {
            FormErrors.reject(binding, v);
        } else {
            binding.rejectValue(v.field(), v.messageKey(), new Object[] {problem.row()}, null);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        String value = list == null || i >= list.size() ? null : list.get(i);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
