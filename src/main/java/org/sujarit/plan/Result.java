package org.sujarit.plan;

/** An output (ผลผลิต) or outcome (ผลลัพธ์) as the sheet words it, with its KPI if it is measurable. */
public record Result(String text, Kpi kpi) {
}
