package org.sujarit.demo;

import java.util.List;

import org.sujarit.risk.RiskContent;

/** The shape of a demo fraud-risk assessment file. */
record DemoRiskAssessment(Header assessment, List<RiskContent> risks) {

    record Header(int fiscalYear, String matrix) {
    }
}
