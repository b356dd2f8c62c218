package org.sujarit.plan;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** A stored dimension with its items and sub-dimensions, in order. */
public record DimensionView(UUID id, String number, String title, List<ItemView> items,
                            List<DimensionView> children) {

    /** This dimension's items and those of every sub-dimension, in document order. */
    public Stream<ItemView> allItems() {
        return Stream.concat(items.stream(), children.stream().flatMap(DimensionView::allItems));
    }
}
