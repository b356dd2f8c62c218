package org.sujarit.plan;

/** How a KPI is measured: แบบสำรวจ/แบบประเมิน, แบบทดสอบ, การนับ, เอกสาร/หลักฐาน. */
public enum MeasurementMethod {
    SURVEY,
    TEST,
    COUNT,
    DOCUMENT
}
