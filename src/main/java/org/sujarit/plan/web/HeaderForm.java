package org.sujarit.plan.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sujarit.plan.PlanHeader;

/** The plan's front matter; objectives one per line. */
record HeaderForm(@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
                  @Size(max = 30000, message = "{validation.tooLong}") String foreword,
                  @Size(max = 30000, message = "{validation.tooLong}") String origin,
                  @Size(max = 10000, message = "{validation.tooLong}") String objectives,
                  @Size(max = 30000, message = "{validation.tooLong}") String format,
                  @Size(max = 30000, message = "{validation.tooLong}") String executivePolicy) {

    static HeaderForm of(PlanHeader header) {
        return new HeaderForm(header.title(), header.foreword(), header.origin(), String.join("\n", header.objectives()),
                header.format(), header.executivePolicy());
    }

    PlanHeader toHeader(int firstYear, int lastYear) {
        List<String> lines = objectives == null ? List.of()
                : Arrays.stream(objectives.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PlanHeader(firstYear, lastYear, title.strip(), strip(foreword), strip(origin), lines, strip(format),
                strip(executivePolicy));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
