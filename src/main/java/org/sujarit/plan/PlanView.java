package org.sujarit.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One revision of a plan as pages, documents and the API show it. {@code organisationName} is
 * the tenant's Thai name, as the cover and the sheets print it.
 */
public record PlanView(UUID planId, UUID revisionId, int revisionNumber, RevisionStatus status,
                       String organisationName, PlanHeader header, List<DimensionView> dimensions,
                       Instant approvedAt, String approvedBy, Instant publishedAt) {

    public Stream<ItemView> allItems() {
        return dimensions.stream().flatMap(DimensionView::allItems);
    }

    /** The fiscal years of the plan, first to last (Buddhist Era). */
    public List<Integer> years() {
        return Stream.iterate(header.firstYear(), year -> year <= header.lastYear(), year -> year + 1).toList();
    }
}
