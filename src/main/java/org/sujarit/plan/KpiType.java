package org.sujarit.plan;

/** How a KPI's target reads: "อย่างน้อย ๓ ช่องทาง", "ไม่น้อยกว่าร้อยละ ๘๐", "ปีละ ๔ ครั้ง", "มี/ไม่มี". */
public enum KpiType {
    COUNT_AT_LEAST,
    PERCENT_AT_LEAST,
    TIMES_PER_YEAR,
    YES_NO
}
