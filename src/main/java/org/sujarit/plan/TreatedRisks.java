package org.sujarit.plan;

import java.util.List;
import java.util.UUID;

import org.sujarit.shared.TenantId;

/**
 * What the fraud-risk module says an item of the plan treats: the risks whose measures the item
 * carries out. The plan only shows them; it does not depend on the risk module.
 */
public interface TreatedRisks {

    /** Latest fiscal year first; {@code publishedOnly} for the portal. */
    List<TreatedRisk> treatedBy(TenantId tenant, UUID itemKey, boolean publishedOnly);

    /** @param trafficLight GREEN, YELLOW, ORANGE, RED, or {@code null} when not yet given */
    record TreatedRisk(int fiscalYear, UUID riskId, int position, String event, String trafficLight, String measure) {
    }
}
