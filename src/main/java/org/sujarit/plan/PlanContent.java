package org.sujarit.plan;

import java.util.List;

/** A whole plan as a data file or an import holds it, before it is stored. */
public record PlanContent(PlanHeader plan, List<DimensionContent> dimensions) {

    public PlanContent {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }
}
