package org.sujarit.registers;

/** The supervisor's level at the year's end, as Thai local governments grade performance. */
public enum AgreementLevel {
    EXCELLENT, VERY_GOOD, GOOD, FAIR, NEEDS_IMPROVEMENT;

    public String messageKey() {
        return "agreement.level." + name();
    }

    public String thai() {
        return switch (this) {
            case EXCELLENT -> "ดีเด่น";
            case VERY_GOOD -> "ดีมาก";
            case GOOD -> "ดี";
            case FAIR -> "พอใช้";
            case NEEDS_IMPROVEMENT -> "ต้องปรับปรุง";
        };
    }
}
