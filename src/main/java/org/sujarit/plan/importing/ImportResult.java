package org.sujarit.plan.importing;

import java.util.List;

/** What an import read: one item per detail sheet, and the problems to show the person importing. */
public record ImportResult(List<ImportedItem> items, List<ImportProblem> problems) {

    public ImportResult {
        items = items == null ? List.of() : List.copyOf(items);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
