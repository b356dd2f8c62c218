package org.sujarit.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sujarit.shared.FiscalYear;

/** Every item of a fiscal year's checklist as it stands for one local government. */
public record Catalogue(FiscalYear year, Checklist checklist, List<ItemState> items) {

    /** The ITA readiness: the share of items with current evidence, in per cent with one decimal. */
    public BigDecimal readiness() {
        if (items.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long ready = items.stream().filter(ItemState::ready).count();
        return BigDecimal.valueOf(ready * 100).divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP);
    }

    public long readyCount() {
        return items.stream().filter(ItemState::ready).count();
    }

    public Map<ItemState.State, Long> counts() {
        Map<ItemState.State, Long> counts = new EnumMap<>(ItemState.State.class);
        for (ItemState.State state : ItemState.State.values()) {
            counts.put(state, items.stream().filter(i -> i.state() == state).count());
        }
        return counts;
    }

    public List<ItemState> inGroup(DisclosureGroup group) {
        return items.stream().filter(i -> i.item().group() == group).toList();
    }
}
