package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The Ban Tom demo holds the seed's assessment, and the checks report the seed's own contradictions. */
@SpringBootTest
class BanTomRiskTest {

    @Autowired RiskAssessments risks;
    @Autowired Organisations organisations;

    @Test
    void theSeedsAssessmentIsPublishedWithTheRoadRiskAndElevenEvents() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        AssessmentView assessment = risks.published(banTom.id(), 2566).orElseThrow();
        assertThat(assessment.matrix().code()).isEqualTo("NACC_3X3");
        assertThat(assessment.risks()).hasSize(12);
        RiskView road = assessment.risks().get(0);
        assertThat(road.process()).contains("ถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๖ ซอย ๖");
        assertThat(road.score()).isEqualTo(4);
        assertThat(road.band()).isEqualTo(Band.LOW);
        assertThat(road.residual()).isEqualTo(Band.LOW);
        assertThat(road.unitName()).isEqualTo("กองช่าง");
        List<TrafficLight> colours = assessment.risks().subList(1, 12).stream().map(RiskView::trafficLight).toList();
        assertThat(colours).containsExactly(TrafficLight.YELLOW, TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.GREEN,
                TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.YELLOW, TrafficLight.YELLOW, TrafficLight.YELLOW,
                TrafficLight.GREEN, TrafficLight.GREEN);
        RiskView gifts = assessment.risks().get(2);
        assertThat(gifts.measures()).extracting(RiskView.Measure::planItemName)
                .anySatisfy(name -> assertThat(name).contains("NO Gift Policy"));
    }

    @Test
    void theChecksReportTheSeedsContradictions() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        List<RiskFinding> findings = RiskChecks.check(risks.published(banTom.id(), 2566).orElseThrow());
        assertThat(findings).filteredOn(f -> f.riskPosition() == 1).extracting(RiskFinding::messageKey)
                .contains("risk.check.levelsDisagree", "risk.check.periodOutside", "risk.check.noStatus")
                .doesNotContain("risk.check.scoreArithmetic");
        assertThat(findings).filteredOn(f -> f.messageKey().equals("risk.check.levelsDisagree")).singleElement()
                .extracting(RiskFinding::detail).asString().contains("3: 2 × 2").contains("3.1: 3").contains("3.2: 1");
        assertThat(findings).filteredOn(f -> f.messageKey().equals("risk.check.notRated")).hasSize(11);
    }
}
