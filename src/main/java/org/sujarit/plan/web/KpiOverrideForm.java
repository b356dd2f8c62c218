package org.sujarit.plan.web;

/** A computed KPI actual replaced by a typed one, as typed: the figure as text, and why. */
record KpiOverrideForm(String actual, String reason) {

    static KpiOverrideForm blank() {
        return new KpiOverrideForm("", "");
    }
}
