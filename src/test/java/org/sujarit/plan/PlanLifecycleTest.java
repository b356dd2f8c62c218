package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** Draft → approved → published, frozen once published; changes go into a new revision that keeps the keys. */
@SpringBootTest
class PlanLifecycleTest {

    @Autowired Plans plans;
    @Autowired TenantFixture fixtures;
    @Autowired AuditTrail trail;

    @Test
    void aPlanIsApprovedPublishedFrozenAndRevised() {
        Tenant tenant = fixtures.create();
        PlanSummary created = plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null,
                List.of("วัตถุประสงค์"), null, null), List.of()));
        PlanView draft = plans.view(tenant.id(), created.openRevisionId()).orElseThrow();
        assertThat(draft.dimensions()).extracting(DimensionView::number).containsExactly("1", "2", "3", "4");
        assertThat(draft.status()).isEqualTo(RevisionStatus.DRAFT);

        var itemId = plans.addItem(tenant.id(), draft.dimensions().get(1).id(),
                PlanFixture.item("มาตรการเปิดเผยข้อมูลสาธารณะ", null), tenant.workUnit().id());
        PlanView withItem = plans.view(tenant.id(), created.openRevisionId()).orElseThrow();
        ItemView item = withItem.allItems().findFirst().orElseThrow();
        assertThat(item.number()).isEqualTo("2.1");
        assertThat(item.unitName()).isEqualTo("งาน " + tenant.marker() + " ฝ่าย " + tenant.marker() + " กอง " + tenant.marker());
        assertThat(item.content().budget().in(2568)).isEqualByComparingTo("20000");
        assertThat(item.content().method().get(0).steps()).extracting(Step::text).containsExactly("ขออนุมัติ");

        assertThatThrownBy(() -> plans.publish(tenant.id(), created.openRevisionId(), tenant.userId(Role.INTEGRITY_OFFICER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.publish.notApproved");
        plans.approve(tenant.id(), created.openRevisionId(), tenant.userId(Role.EXECUTIVE));
        assertThatThrownBy(() -> plans.removeItem(tenant.id(), itemId))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.edit.approved");
        plans.publish(tenant.id(), created.openRevisionId(), tenant.userId(Role.INTEGRITY_OFFICER));
        assertThat(plans.published(tenant.id())).get().extracting(PlanView::revisionNumber).isEqualTo(1);
        assertThatThrownBy(() -> plans.editItem(tenant.id(), itemId, draft.dimensions().get(1).id(),
                PlanFixture.item("เปลี่ยนชื่อ", null), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.edit.frozen");

        var second = plans.startRevision(tenant.id(), created.planId());
        PlanView revision2 = plans.view(tenant.id(), second).orElseThrow();
        ItemView copied = revision2.allItems().findFirst().orElseThrow();
        assertThat(revision2.revisionNumber()).isEqualTo(2);
        assertThat(copied.key()).isEqualTo(item.key());
        assertThat(copied.outputs().get(0).key()).isEqualTo(item.outputs().get(0).key());
        assertThat(copied.id()).isNotEqualTo(item.id());
        assertThatThrownBy(() -> plans.startRevision(tenant.id(), created.planId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.revision.alreadyOpen");

        plans.editItem(tenant.id(), copied.id(), revision2.dimensions().get(1).id(),
                PlanFixture.item("มาตรการเปิดเผยข้อมูลสาธารณะ (ปรับปรุง)", null), tenant.workUnit().id());
        assertThat(plans.published(tenant.id()).orElseThrow().allItems().findFirst().orElseThrow().content().name())
                .isEqualTo("มาตรการเปิดเผยข้อมูลสาธารณะ");
        ItemView edited = plans.view(tenant.id(), second).orElseThrow().allItems().findFirst().orElseThrow();
        assertThat(edited.outputs().get(0).key()).as("a result keeps its key in its place").isEqualTo(item.outputs().get(0).key());

        plans.approve(tenant.id(), second, tenant.userId(Role.EXECUTIVE));
        plans.publish(tenant.id(), second, tenant.userId(Role.INTEGRITY_OFFICER));
        PlanView live = plans.published(tenant.id()).orElseThrow();
        assertThat(live.revisionNumber()).isEqualTo(2);
        assertThat(live.allItems().findFirst().orElseThrow().content().name()).endsWith("(ปรับปรุง)");
        assertThat(plans.view(tenant.id(), created.openRevisionId()).orElseThrow().status()).isEqualTo(RevisionStatus.SUPERSEDED);

        assertThat(trail.recent(tenant.id(), 50)).extracting(AuditEvent::action)
                .contains("plan.created", "plan.item-added", "plan.approved", "plan.published", "plan.revision-started",
                        "plan.item-edited");
    }

    @Test
    void aNewRevisionCopiesTheWholeTreeWithItsKeys() {
        Tenant tenant = fixtures.create();
        String unitPath = "กอง " + tenant.marker() + "/ฝ่าย " + tenant.marker() + "/งาน " + tenant.marker();
        PlanSummary created = plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", "คำนำ", "ที่มา",
                List.of("วัตถุประสงค์"), "รูปแบบ", "นโยบาย"), List.of(
                new DimensionContent("1", "มิติที่หนึ่ง", List.of(
                        new DimensionContent("1.1", "มิติย่อย", List.of(new DimensionContent("1.1.1", "กลุ่ม", List.of(),
                                List.of(PlanFixture.item("โครงการในกลุ่ม", null)))),
                                List.of(PlanFixture.item("โครงการย่อย", unitPath)))),
                        List.of(PlanFixture.item("โครงการแรก", unitPath), PlanFixture.item("โครงการที่สอง", null))),
                new DimensionContent("2", "มิติที่สอง", List.of(), List.of()))));
        var dimension = plans.view(tenant.id(), created.openRevisionId()).orElseThrow().dimensions().get(1);
        plans.addItem(tenant.id(), dimension.id(), PlanFixture.item("โครงการเพิ่ม", null), tenant.workUnit().id());
        plans.approve(tenant.id(), created.openRevisionId(), tenant.userId(Role.EXECUTIVE));
        plans.publish(tenant.id(), created.openRevisionId(), tenant.userId(Role.INTEGRITY_OFFICER));
        PlanView first = plans.view(tenant.id(), created.openRevisionId()).orElseThrow();

        PlanView copy = plans.view(tenant.id(), plans.startRevision(tenant.id(), created.planId())).orElseThrow();

        assertThat(copy.header()).isEqualTo(first.header());
        assertThat(copy.status()).isEqualTo(RevisionStatus.DRAFT);
        assertThat(copy.approvedAt()).isNull();
        assertThat(tree(copy.dimensions())).isEqualTo(tree(first.dimensions())).hasSize(4);
        assertThat(copy.allItems().map(PlanLifecycleTest::withoutId).toList())
                .isEqualTo(first.allItems().map(PlanLifecycleTest::withoutId).toList()).hasSize(5);
        assertThat(copy.allItems().map(ItemView::id)).doesNotContainAnyElementsOf(first.allItems().map(ItemView::id).toList());
        assertThat(copy.allItems().filter(i -> i.content().name().equals("โครงการย่อย")).findFirst().orElseThrow().number())
                .isEqualTo("1.1.1");
    }

    /** Each dimension as its number, title and the numbers of its children, depth first. */
    private static List<String> tree(List<DimensionView> dimensions) {
        List<String> out = new java.util.ArrayList<>();
        for (DimensionView d : dimensions) {
            out.add(d.number() + " " + d.title() + " " + d.children().stream().map(DimensionView::number).toList()
                    + " " + d.items().size());
            out.addAll(tree(d.children()));
        }
        return out;
    }

    private static ItemView withoutId(ItemView item) {
        return new ItemView(null, item.key(), item.number(), item.content(), item.unitId(), item.unitName(), item.outputs(),
                item.outcomes());
    }

    @Test
    void anotherTenantsUnitOrDimensionIsRefused() {
        Tenant mine = fixtures.create();
        Tenant theirs = fixtures.create();
        PlanSummary plan = plans.create(mine.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null, List.of(),
                null, null), List.of()));
        PlanView view = plans.view(mine.id(), plan.openRevisionId()).orElseThrow();
        assertThatThrownBy(() -> plans.addItem(mine.id(), view.dimensions().get(0).id(), PlanFixture.item("x", null),
                theirs.workUnit().id())).isInstanceOf(RuleViolation.class).hasMessageContaining("unit.parent.unknown");
        PlanSummary theirPlan = plans.create(theirs.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null,
                List.of(), null, null), List.of()));
        PlanView theirView = plans.view(theirs.id(), theirPlan.openRevisionId()).orElseThrow();
        assertThatThrownBy(() -> plans.addItem(mine.id(), theirView.dimensions().get(0).id(), PlanFixture.item("x", null), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.dimension.unknown");
        assertThat(plans.view(mine.id(), theirPlan.openRevisionId())).isEmpty();
    }

    @Test
    void overlappingPlansAndBudgetsOutsideTheYearsAreRefused() {
        Tenant tenant = fixtures.create();
        plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null, List.of(), null, null), List.of()));
        assertThatThrownBy(() -> plans.create(tenant.id(), new PlanContent(new PlanHeader(2570, 2574, "แผน", null, null,
                List.of(), null, null), List.of()))).isInstanceOf(RuleViolation.class).hasMessageContaining("plan.years.overlap");
        PlanView view = plans.published(tenant.id()).orElseGet(() -> plans.view(tenant.id(),
                plans.current(tenant.id()).orElseThrow().openRevisionId()).orElseThrow());
        ItemContent outside = new ItemContent(ItemKind.ACTIVITY, "กิจกรรม", null, List.of(), null, null, List.of(),
                null, new Budget(false, java.util.Map.of(2580, java.math.BigDecimal.TEN), null), null, null, List.of(), List.of());
        assertThatThrownBy(() -> plans.addItem(tenant.id(), view.dimensions().get(0).id(), outside, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.budget.yearOutside");
    }
}
