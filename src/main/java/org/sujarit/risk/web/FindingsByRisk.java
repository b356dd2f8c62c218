package org.sujarit.risk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.risk.RiskFinding;

/**
 * The checks' findings gathered per risk, the same finding on several measures said once with
 * how many: a register imported from a document can have dozens, and a list per risk reads.
 */
record FindingsByRisk(UUID riskId, int position, List<Line> lines) {

    record Line(String messageKey, List<String> details, int count) {
    }

    static List<FindingsByRisk> of(List<RiskFinding> findings) {
        Map<UUID, FindingsByRisk> byRisk = new LinkedHashMap<>();
        for (RiskFinding f : findings) {
            FindingsByRisk group = byRisk.computeIfAbsent(f.riskId(), id -> new FindingsByRisk(id, f.riskPosition(), new ArrayList<>()));
            Line line = group.lines().stream().filter(l -> l.messageKey().equals(f.messageKey())).findFirst().orElse(null);
            if (line == null) {
                group.lines().add(new Line(f.messageKey(), f.detail() == null ? new ArrayList<>() : new ArrayList<>(List.of(f.detail())), 1));
            } else {
                if (f.detail() != null && !line.details().contains(f.detail())) {
                    line.details().add(f.detail());
                }
                group.lines().set(group.lines().indexOf(line), new Line(line.messageKey(), line.details(), line.count() + 1));
            }
        }
        return List.copyOf(byRisk.values());
    }
}
