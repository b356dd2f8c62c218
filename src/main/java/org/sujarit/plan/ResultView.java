package org.sujarit.plan;

import java.util.UUID;

/** An output or outcome with the key that stays the same across revisions (KPI actuals hang on it). */
public record ResultView(UUID key, Result result) {
}
