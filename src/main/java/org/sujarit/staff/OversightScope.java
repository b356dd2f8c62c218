package org.sujarit.staff;

import java.io.Serializable;

/**
 * What an oversight user looks at: one province, one NACC region (ภาค 1–9) or the whole nation.
 */
public record OversightScope(Level level, String provinceCode, Integer region) implements Serializable {

    public enum Level { PROVINCE, REGION, NATION }

    public OversightScope {
        if (level == null
                || (level == Level.PROVINCE) != (provinceCode != null)
                || (level == Level.REGION) != (region != null)
                || (region != null && (region < 1 || region > 9))) {
            throw new IllegalArgumentException("Inconsistent oversight scope");
        }
    }

    public static OversightScope nation() {
        return new OversightScope(Level.NATION, null, null);
    }

    public static OversightScope province(String code) {
        return new OversightScope(Level.PROVINCE, code, null);
    }

    public static OversightScope region(int region) {
        return new OversightScope(Level.REGION, null, region);
    }
}
