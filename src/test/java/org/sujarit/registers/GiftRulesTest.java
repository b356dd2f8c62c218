package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.shared.FiscalYear;

/** The rule is data: the bundled file's limit, clock, exceptions and bands, and a later year's rule from YAML alone. */
class GiftRulesTest {

    private final GiftRule rule = new GiftRules().forYear(new FiscalYear(2569));

    @Test
    void theBundledRuleIsTheNaccsLimitWithItsExceptionsAndThirtyDays() {
        assertThat(rule.limit()).isEqualByComparingTo("3000");
        assertThat(rule.reportWithin()).isEqualTo(Period.ofDays(30));
        assertThat(rule.reportDue(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(rule.beyond(new BigDecimal("3000.00"), false, false)).isFalse();
        assertThat(rule.beyond(new BigDecimal("3000.01"), false, false)).isTrue();
        assertThat(rule.beyond(new BigDecimal("50000"), true, false)).as("from a relative").isFalse();
        assertThat(rule.beyond(new BigDecimal("50000"), false, true)).as("to the public at large").isFalse();
    }

    @Test
    void valueBandsComeFromTheFile() {
        assertThat(rule.bands()).hasSize(3);
        assertThat(rule.bandOf(new BigDecimal("3000.00")).th()).isEqualTo("ไม่เกิน ๓,๐๐๐ บาท");
        assertThat(rule.bandOf(new BigDecimal("3000.01"))).isEqualTo(rule.bands().get(1));
        assertThat(rule.bandOf(new BigDecimal("10000.00"))).isEqualTo(rule.bands().get(1));
        assertThat(rule.bandOf(new BigDecimal("10000.01"))).isEqualTo(rule.bands().get(2));
    }

    @Test
    void aLaterYearsRuleIsOneMoreEntryInTheFile() {
        String yaml = """
                rules:
                  - firstYear: 2561
                    limit: 3000
                    reportWithin: P30D
                    exceptions: {relatives: true, publicAtLarge: true}
                    source: {th: "เดิม", en: "old"}
                    bands: [{upTo: 3000, th: "ก", en: "a"}, {th: "ข", en: "b"}]
                  - firstYear: 2570
                    limit: 5000
                    reportWithin: P15D
                    exceptions: {relatives: true, publicAtLarge: false}
                    source: {th: "ใหม่", en: "new"}
                    bands: [{upTo: 5000, th: "ก", en: "a"}, {th: "ข", en: "b"}]
                """;
        List<GiftRule> rules = GiftRules.read(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(rules).extracting(GiftRule::firstYear).containsExactly(2570, 2561);
        assertThat(rules.get(0).beyond(new BigDecimal("4000"), false, false)).isFalse();
        assertThat(rules.get(0).beyond(new BigDecimal("6000"), false, true)).isTrue();
        assertThat(rules.get(1).beyond(new BigDecimal("4000"), false, false)).isTrue();
    }

    @Test
    void aBrokenFileNamesTheFieldAtFault() {
        String yaml = """
                rules:
                  - firstYear: 2561
                    limit: -1
                    reportWithin: P30D
                    source: {th: "ก", en: "a"}
                    bands: [{th: "ข", en: "b"}]
                """;
        assertThatThrownBy(() -> GiftRules.read(yaml.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("limit");
    }
}
