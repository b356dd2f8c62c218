package org.sujarit.plan;

import java.util.List;

/** A dimension (มิติ), sub-dimension or group, numbered "1", "1.1", "1.1.1", with its items and children. */
public record DimensionContent(String number, String title, List<DimensionContent> children,
                               List<ItemContent> items) {

    public DimensionContent {
        children = children == null ? List.of() : List.copyOf(children);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
