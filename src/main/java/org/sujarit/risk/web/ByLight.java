package org.sujarit.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.risk.RiskView;

/** The risks listed by traffic light, red first; "NONE" gathers those without a status yet. */
record ByLight(String key, List<RiskView> risks) {

    static List<ByLight> of(AssessmentView assessment) {
        List<ByLight> groups = new ArrayList<>();
        for (TrafficLight light : List.of(TrafficLight.RED, TrafficLight.ORANGE, TrafficLight.YELLOW, TrafficLight.GREEN)) {
            add(groups, light.name(), assessment.risks().stream().filter(r -> r.trafficLight() == light).toList());
        }
        add(groups, "NONE", assessment.risks().stream().filter(r -> Objects.isNull(r.trafficLight())).toList());
        return groups;
    }

    private static void add(List<ByLight> groups, String key, List<RiskView> risks) {
        if (!risks.isEmpty()) {
            groups.add(new ByLight(key, risks));
        }
    }
}
