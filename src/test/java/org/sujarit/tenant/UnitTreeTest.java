package org.sujarit.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.shared.RuleViolation;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** The unit tree keeps its shape: สำนัก/กอง on top, ฝ่าย under them, งาน under either; no cycles. */
@SpringBootTest
class UnitTreeTest {

    @Autowired Units units;
    @Autowired TenantFixture fixtures;

    @Test
    void levelsSitWhereTheyBelong() {
        assertThat(UnitKind.DIVISION.mayBePlacedUnder(null)).isTrue();
        assertThat(UnitKind.SECTION.mayBePlacedUnder(null)).isFalse();
        assertThat(UnitKind.SECTION.mayBePlacedUnder(UnitKind.DIVISION)).isTrue();
        assertThat(UnitKind.WORK_UNIT.mayBePlacedUnder(UnitKind.SECTION)).isTrue();
        assertThat(UnitKind.WORK_UNIT.mayBePlacedUnder(UnitKind.DIVISION)).isTrue();
        assertThat(UnitKind.DIVISION.mayBePlacedUnder(UnitKind.SECTION)).isFalse();
    }

    @Test
    void theTreeReadsTopDownWithFullNames() {
        Tenant tenant = fixtures.create();
        var tree = units.tree(tenant.id());
        assertThat(tree).extracting(UnitNode::depth).containsExactly(0, 1, 2);
        assertThat(tree.get(2).fullName(Locale.forLanguageTag("th")))
                .isEqualTo("งาน " + tenant.marker() + " ฝ่าย " + tenant.marker() + " กอง " + tenant.marker());
    }

    @Test
    void misplacedLevelsCyclesAndTwinNamesAreRefused() {
        Tenant tenant = fixtures.create();
        assertThatThrownBy(() -> units.create(tenant.id(), tenant.workUnit().id(), UnitKind.SECTION,
                new UnitDetails("ฝ่ายผิดที่", null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.kind.misplaced");
        Unit other = units.create(tenant.id(), null, UnitKind.DIVISION, new UnitDetails("กองคลัง", null, null, null));
        assertThatThrownBy(() -> units.move(tenant.id(), tenant.division().id(), tenant.section().id()))
                .isInstanceOf(RuleViolation.class);
        Unit section = units.create(tenant.id(), other.id(), UnitKind.SECTION, new UnitDetails("ฝ่ายบัญชี", null, null, null));
        assertThatThrownBy(() -> units.move(tenant.id(), other.id(), section.id()))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> units.create(tenant.id(), null, UnitKind.DIVISION, new UnitDetails("กองคลัง", null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.name.taken");
    }

    @Test
    void aUnitClosesOnlyWhenNothingActiveIsUnderIt() {
        Tenant tenant = fixtures.create();
        assertThatThrownBy(() -> units.deactivate(tenant.id(), tenant.section().id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.deactivate.hasChildren");
        units.deactivate(tenant.id(), tenant.workUnit().id());
        units.deactivate(tenant.id(), tenant.section().id());
        assertThat(units.activeTree(tenant.id())).hasSize(1);
        assertThatThrownBy(() -> units.reactivate(tenant.id(), tenant.workUnit().id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.parent.inactive");
        units.reactivate(tenant.id(), tenant.section().id());
        units.reactivate(tenant.id(), tenant.workUnit().id());
        assertThat(units.activeTree(tenant.id())).hasSize(3);
    }

    @Test
    void anotherTenantsUnitCannotBeAParent() {
        Tenant mine = fixtures.create();
        Tenant theirs = fixtures.create();
        assertThatThrownBy(() -> units.create(mine.id(), theirs.division().id(), UnitKind.SECTION,
                new UnitDetails("ฝ่ายแอบแฝง", null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.parent.unknown");
        assertThat(units.find(mine.id(), theirs.division().id())).isEmpty();
    }
}
