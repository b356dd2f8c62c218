package org.sujarit.registers;

/** What a declared interest is: a business, a side job, or a position in another body. */
public enum InterestKind {
    BUSINESS("กิจการ"), SIDE_JOB("งานอื่นนอกเวลา"), POSITION("ตำแหน่งในหน่วยงานอื่น");

    private final String thai;

    InterestKind(String thai) {
        this.thai = thai;
    }

    /** As the printed form and the flags write it (the pages use the message bundles). */
    public String thai() {
        return thai;
    }
}
