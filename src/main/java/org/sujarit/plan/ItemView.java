package org.sujarit.plan;

import java.util.List;
import java.util.UUID;

/**
 * A stored item of one revision. {@code key} stays the same across revisions, so progress
 * reports follow the item; {@code number} is its place in the plan ("1.2" = second item of
 * dimension 1); {@code unitName} is the responsible unit's full Thai name, or {@code null}.
 */
public record ItemView(UUID id, UUID key, String number, ItemContent content, UUID unitId, String unitName,
                       List<ResultView> outputs, List<ResultView> outcomes) {
}
