package org.sujarit.registers;

/** How the holder is tied to a business: owner, shareholder, employee, director or partner, other. */
public enum InterestInvolvement {
    OWNER("เป็นเจ้าของ"), SHAREHOLDER("เป็นผู้ถือหุ้น"), EMPLOYEE("เป็นลูกจ้างหรือพนักงาน"),
    DIRECTOR("เป็นกรรมการหรือหุ้นส่วน"), OTHER("มีส่วนได้เสียอื่น");

    private final String thai;

    InterestInvolvement(String thai) {
        this.thai = thai;
    }

    /** As the printed form and the flags write it (the pages use the message bundles). */
    public String thai() {
        return thai;
    }
}
