package org.sujarit.plan;

/** What a plan item is. */
public enum ItemKind {
    /** โครงการ */
    PROJECT,
    /** กิจกรรม */
    ACTIVITY,
    /** มาตรการ */
    MEASURE,
    /** แนวปฏิบัติ */
    GUIDELINE
}
