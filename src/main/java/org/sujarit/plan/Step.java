package org.sujarit.plan;

import java.util.List;

/** A step of the method (วิธีดำเนินการ); steps nest, as "๒.๑)" sits under "๒)". */
public record Step(String text, List<Step> steps) {

    public Step {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static Step of(String text) {
        return new Step(text, List.of());
    }
}
