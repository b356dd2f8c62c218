package org.sujarit.registers;

/**
 * Whose interest it is: the person's own, or a close relative's — spouse, children, parents,
 * siblings, the relatives the declaration form asks about.
 */
public enum InterestHolder {
    SELF("ตนเอง"), SPOUSE("คู่สมรส"), CHILD("บุตร"), PARENT("บิดาหรือมารดา"), SIBLING("พี่น้อง");

    private final String thai;

    InterestHolder(String thai) {
        this.thai = thai;
    }

    public boolean relative() {
        return this != SELF;
    }

    /** As the printed form and the flags write it (the pages use the message bundles). */
    public String thai() {
        return thai;
    }
}
