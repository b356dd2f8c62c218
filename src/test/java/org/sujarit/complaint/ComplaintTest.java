package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.ComplaintChanged.Change;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The case's own rules, without a database: which moves it takes from where it stands, what each
 * move writes and which events it raises; and the filing's rules that need nothing but the filing.
 */
class ComplaintTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final UUID OFFICER = UUID.randomUUID();
    private static final UUID UNIT = UUID.randomUUID();
    private static final Settings SETTINGS = new Settings("BT", 3, 15, 30,
            List.of(new Milestone(UUID.randomUUID(), "ตรวจพื้นที่", "Site visit", CaseStatus.IN_PROGRESS, 7)));

    @Test
    void aFiledCaseIsReceivedWithItsFirstEventItsDeadlinesAndOneAuditedChange() {
        Complaint c = Complaint.file(TENANT, "BT-2570-0001", 2570, filing(Channel.GENERAL), List.of(), "hash", SETTINGS, NOW,
                null);

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.writes()).first().isInstanceOf(CaseWrite.Filed.class);
        assertThat(c.writes()).filteredOn(CaseWrite.Event.class::isInstance).map(CaseWrite.Event.class::cast)
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.FILED));
        assertThat(c.writes()).filteredOn(CaseWrite.Deadline.class::isInstance).map(CaseWrite.Deadline.class::cast)
                .extracting(CaseWrite.Deadline::kind, CaseWrite.Deadline::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.ACKNOWLEDGE, NOW.plus(Duration.ofDays(3))),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.ACTION, NOW.plus(Duration.ofDays(15))),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.MILESTONE, NOW.plus(Duration.ofDays(7))));
        assertThat(c.events()).singleElement()
                .satisfies(e -> assertThat(((ComplaintChanged) e).change()).isEqualTo(Change.FILED));
    }

    @Test
    void aStepNotOnTheWayIsRefusedAndChangesNothing() {
        Complaint c = received();
        assertThatThrownBy(() -> c.move(CaseStatus.RESOLVED, "เสร็จ", "แก้แล้ว", null, unit -> true, OFFICER, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("complaint.move.notAllowed");
        assertThatThrownBy(() -> c.move(CaseStatus.ACKNOWLEDGED, " ", null, null, unit -> true, OFFICER, NOW))
                .hasMessageContaining("complaint.reason.required");
        assertThatThrownBy(() -> c.move(CaseStatus.NOT_ACCEPTED, "ไม่ใช่อำนาจ", null, null, unit -> true, OFFICER, NOW))
                .hasMessageContaining("complaint.message.required");
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.writes()).isEmpty();
        assertThat(c.events()).isEmpty();
    }

    @Test
    void assigningNeedsAnActiveUnitOfTheTenant() {
        Complaint c = received();
        c.move(CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, unit -> true, OFFICER, NOW);
        c.move(CaseStatus.ACCEPTED, "รับเรื่อง", null, null, unit -> true, OFFICER, NOW);
        assertThatThrownBy(() -> c.move(CaseStatus.ASSIGNED, "มอบ", null, UNIT, unit -> false, OFFICER, NOW))
                .hasMessageContaining("complaint.unit.required");
        c.move(CaseStatus.ASSIGNED, "มอบ", null, UNIT, UNIT::equals, OFFICER, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    }

    @Test
    void resolvingTellsTheCitizenMeetsTheDeadlinesAndMayBeRatedOnce() {
        Complaint c = inProgress();
        c.saved();
        c.move(CaseStatus.RESOLVED, "ซ่อมแล้ว", "ซ่อมไฟเรียบร้อยแล้ว", null, unit -> true, OFFICER, NOW);

        assertThat(c.writes()).filteredOn(CaseWrite.DeadlinesMet.class::isInstance).map(CaseWrite.DeadlinesMet.class::cast)
                .extracting(CaseWrite.DeadlinesMet::kind).containsExactly(DeadlineKind.ACKNOWLEDGE, DeadlineKind.ACTION);
        assertThat(c.writes()).filteredOn(CaseWrite.Event.class::isInstance).map(CaseWrite.Event.class::cast)
                .extracting(CaseWrite.Event::kind).containsExactly(EventKind.STATUS, EventKind.REPLY);
        assertThat(c.events()).hasAtLeastOneElementOfType(CitizenUpdate.class);

        c.rate(5, null, NOW);
        assertThatThrownBy(() -> c.rate(4, null, NOW)).hasMessageContaining("complaint.rate.already");
    }

    @Test
    void theCitizenMayReopenOnlyWithinTheTenantsTimeAndTheCaseGoesBackToItsUnit() {
        Complaint c = inProgress();
        c.move(CaseStatus.RESOLVED, "ซ่อมแล้ว", "ซ่อมไฟเรียบร้อยแล้ว", null, unit -> true, OFFICER, NOW);
        Instant late = NOW.plus(Duration.ofDays(31));
        assertThatThrownBy(() -> c.reopenByCitizen("ยังไม่ได้ซ่อม", SETTINGS, late))
                .hasMessageContaining("complaint.reopen.tooLate");

        c.reopenByCitizen("ไฟดับอีกแล้ว", SETTINGS, NOW.plus(Duration.ofDays(2)));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.writes()).last().isInstanceOfSatisfying(CaseWrite.Deadline.class,
                d -> assertThat(d.kind()).isEqualTo(DeadlineKind.ACTION));
    }

    @Test
    void aCaseRepeatsOnlyAnotherOfItsOwnChannel() {
        Complaint c = received();
        Complaint other = Complaint.file(TENANT, "BT-2570-0002", 2570, filing(Channel.CORRUPTION), List.of(), "hash", SETTINGS,
                NOW, null);
        assertThatThrownBy(() -> c.repeats(c, "BT-2570-0001", OFFICER, NOW)).hasMessageContaining("complaint.duplicate.self");
        assertThatThrownBy(() -> c.repeats(other, "BT-2570-0002", OFFICER, NOW))
                .hasMessageContaining("complaint.duplicate.channel");
    }

    @Test
    void aCauseNeedsAHandledCaseAndARiskTheTenantHas() {
        Complaint c = inProgress();
        assertThatThrownBy(() -> c.causedBy(Cause.INFRASTRUCTURE, null, risk -> true, null, OFFICER, NOW))
                .hasMessageContaining("complaint.cause.notYet");
        c.move(CaseStatus.RESOLVED, "ซ่อมแล้ว", "ซ่อมไฟเรียบร้อยแล้ว", null, unit -> true, OFFICER, NOW);
        assertThatThrownBy(() -> c.causedBy(Cause.INFRASTRUCTURE, UUID.randomUUID(), risk -> false, null, OFFICER, NOW))
                .hasMessageContaining("complaint.risk.unknown");
    }

    @Test
    void theChannelSaysWhatIsSealedAndWhoMustNotSeeIt() {
        assertThat(Channel.CORRUPTION.sealsAtRest()).isTrue();
        assertThat(Channel.CORRUPTION.hiddenFromInvolvedUnit()).isTrue();
        assertThat(Channel.GENERAL.sealsAtRest()).isFalse();
        assertThat(Channel.GENERAL.hiddenFromInvolvedUnit()).isFalse();
        assertThat(Channel.sealingAtRest()).containsExactly("CORRUPTION");
    }

    @Test
    void aFilingOverItsLimitsCannotBeMadeWhicheverWayItCame() {
        assertThatThrownBy(() -> filing(Channel.GENERAL, "ก".repeat(Filing.VILLAGE_MAX + 1), "ซอย 3"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("village"));
        assertThatThrownBy(() -> filing(Channel.GENERAL, "หมู่ 3", "ก".repeat(Filing.PLACE_MAX + 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("place"));
        assertThat(filing(Channel.GENERAL, "ก".repeat(Filing.VILLAGE_MAX), "ก".repeat(Filing.PLACE_MAX)).village())
                .hasSize(Filing.VILLAGE_MAX);
        assertThatThrownBy(() -> new Filing(Channel.GENERAL, UUID.randomUUID(), "ไฟดับ", "ไฟดับทั้งซอย", null, null, null,
                null, null, null, null, null, false, new Contact("นางสมศรี", null, null, null), false, Source.WEB, List.of()))
                .hasMessageContaining("complaint.contact.wayRequired");
    }

    private static Complaint received() {
        Complaint c = Complaint.file(TENANT, "BT-2570-0001", 2570, filing(Channel.GENERAL), List.of(), "hash", SETTINGS, NOW, null);
        c.saved();
        return c;
    }

    private static Complaint inProgress() {
        Complaint c = received();
        c.move(CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, unit -> true, OFFICER, NOW);
        c.move(CaseStatus.ACCEPTED, "รับเรื่อง", null, null, unit -> true, OFFICER, NOW);
        c.move(CaseStatus.ASSIGNED, "มอบ", null, UNIT, unit -> true, OFFICER, NOW);
        c.move(CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, unit -> true, OFFICER, NOW);
        return c;
    }

    private static Filing filing(Channel channel) {
        return filing(channel, "หมู่ 3", "ซอย 3");
    }

    private static Filing filing(Channel channel, String village, String place) {
        return new Filing(channel, UUID.randomUUID(), "ไฟดับ", "ไฟดับทั้งซอย", village, place, null, null, null, null, null,
                null, true, Contact.NONE, false, Source.WEB, List.of());
    }
}
