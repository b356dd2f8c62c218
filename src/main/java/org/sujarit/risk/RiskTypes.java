package org.sujarit.risk;

/** The small vocabularies of the risk register. */
public final class RiskTypes {

    private RiskTypes() {
    }

    /** The seed's three scopes (๕.๑–๕.๓). */
    public enum Area { APPROVAL_PERMIT, POWER_POSITION, BUDGET_RESOURCES }

    /** The ปค.๕ grouping: ด้านภารกิจหลัก / ด้านนโยบายสำคัญ / ด้านภารกิจสนับสนุน. */
    public enum Mission { CORE, POLICY, SUPPORT }

    /** Known factor: it has happened before; Unknown: not yet. */
    public enum FactorKind { KNOWN, UNKNOWN }

    /** The seed's four traffic-light statuses (step 2). */
    public enum TrafficLight { GREEN, YELLOW, ORANGE, RED }

    /** The seed's control quality (step 4): ดี / พอใช้ / อ่อน. */
    public enum ControlQuality { GOOD, FAIR, WEAK }

    /** Score bands and residual ratings. */
    public enum Band { LOW, MEDIUM, HIGH }

    /** How a risk compares with last year's assessment. */
    public enum Change { NEW, CHANGED, UNCHANGED }
}
