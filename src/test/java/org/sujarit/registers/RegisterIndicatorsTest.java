package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource.Kind;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The registers' published figures: the No Gift declaration signed, the executives' interests shown. */
@WebTest
class RegisterIndicatorsTest {

    @Autowired RegisterIndicators indicators;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired GiftPolicyDeclarations noGift;
    @Autowired InterestDeclarations declarations;
    @Autowired InterestPublication publication;
    @Autowired Clock clock;

    @Test
    void whatEachLocalGovernmentPublishesAndNothingOfAnother() {
        Tenant open = fixtures.create();
        Tenant quiet = fixtures.create();
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        sign(open, current);
        sign(open, current.previous());
        declarations.declareYear(principals.principal(open.username(Role.EXECUTIVE)), current.buddhistYear(),
                new DeclarationDraft(true, List.of()));
        declarations.declareYear(principals.principal(quiet.username(Role.EXECUTIVE)), current.buddhistYear(),
                new DeclarationDraft(true, List.of()));
        publication.publishExecutives(open.id(), true, open.userId(Role.EXECUTIVE));

        List<Value> values = indicators.compute(List.of(open.id().value(), quiet.id().value()), LocalDate.now(clock));
        IndicatorChecks.wellDefined(indicators, values);

        Map<String, Value> openNow = values(values, open, current.buddhistYear());
        assertThat(openNow.get(RegisterIndicators.NO_GIFT).value()).isEqualByComparingTo("1");
        assertThat(values(values, open, current.previous().buddhistYear()).get(RegisterIndicators.NO_GIFT).value())
                .isEqualByComparingTo("1");
        Value shown = openNow.get(RegisterIndicators.INTERESTS);
        assertThat(List.of(shown.numerator(), shown.denominator())).containsExactly(BigDecimal.ONE, BigDecimal.ONE);

        Map<String, Value> quietNow = values(values, quiet, current.buddhistYear());
        assertThat(quietNow.get(RegisterIndicators.NO_GIFT).value()).as("not signed is a no").isEqualByComparingTo("0");
        assertThat(quietNow.get(RegisterIndicators.INTERESTS).value()).as("declared, but not published")
                .isEqualByComparingTo("0");
        assertThat(values).filteredOn(v -> v.tenantId().equals(quiet.id().value())).extracting(Value::fiscalYear)
                .containsOnly(current.buddhistYear());

        publication.publishExecutives(open.id(), false, open.userId(Role.EXECUTIVE));
        assertThat(values(indicators.compute(List.of(open.id().value()), LocalDate.now(clock)), open, current.buddhistYear())
                .get(RegisterIndicators.INTERESTS).value()).as("withdrawn").isEqualByComparingTo("0");
    }

    @Test
    void theDefinitions() {
        assertThat(indicators.indicators()).extracting(i -> i.key() + " " + i.kind())
                .containsExactly("registers.no-gift-declared YES_NO", "registers.executive-interests-published SHARE");
        assertThat(indicators.indicators().get(0).evidenceFor(2569)).isEqualTo("/no-gift?year=2569");
        assertThat(indicators.indicators()).noneMatch(i -> i.smallCount() || i.kind() == Kind.COUNT);
        assertThat(indicators.affectedBy("gift-policy-declaration.signed")).isTrue();
        assertThat(indicators.affectedBy("interest-publication.published")).isTrue();
        assertThat(indicators.affectedBy("gift.recorded")).isFalse();
    }

    private void sign(Tenant t, FiscalYear year) {
        noGift.sign(t.id(), year, GiftPolicyDeclarations.template("เทศบาลตำบล " + t.marker(), year), "นายก " + t.marker(),
                "นายกเทศมนตรี", t.userId(Role.EXECUTIVE));
    }

    private static Map<String, Value> values(List<Value> values, Tenant t, int year) {
        return IndicatorChecks.of(values, t.id().value(), year);
    }
}
