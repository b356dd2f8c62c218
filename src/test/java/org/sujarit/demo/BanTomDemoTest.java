package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Source;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.UnitNode;
import org.sujarit.tenant.Units;

/** The Ban Tom demo holds the seed's facts and one account per role. */
@SpringBootTest
class BanTomDemoTest {

    @Autowired Organisations organisations;
    @Autowired Units units;
    @Autowired StaffUsers users;
    @Autowired DemoLoader loader;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired Clock clock;

    @Test
    void banTomIsASubdistrictMunicipalityInPhayao() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        assertThat(banTom.nameTh()).isEqualTo("เทศบาลตำบลบ้านต๋อม");
        assertThat(banTom.kind()).isEqualTo(OrganisationKind.SUBDISTRICT_MUNICIPALITY);
        assertThat(banTom.province().nameTh()).isEqualTo("พะเยา");
        assertThat(banTom.province().naccRegion()).isEqualTo(5);
        assertThat(banTom.district()).isEqualTo("เมืองพะเยา");
        assertThat(banTom.demo()).isTrue();
    }

    @Test
    void itsUnitsAreThoseTheSeedNames() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        Set<String> names = units.activeTree(banTom.id()).stream()
                .map(node -> node.fullName(Locale.forLanguageTag("th"))).collect(Collectors.toSet());
        assertThat(names).contains("งานนิติการ ฝ่ายปกครอง สำนักปลัด", "งานนโยบายและแผน ฝ่ายปกครอง สำนักปลัด",
                "กองคลัง", "กองช่าง", "กองสาธารณสุข");
    }

    @Test
    void everyRoleHasADemoAccount() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        Set<Role> covered = EnumSet.noneOf(Role.class);
        users.list(banTom.id()).stream().filter(StaffUser::demo).forEach(user -> covered.addAll(user.roles()));
        users.listWithoutTenant().stream().filter(StaffUser::demo).forEach(user -> covered.addAll(user.roles()));
        assertThat(covered).containsExactlyInAnyOrder(Role.values());
        StaffUser integrity = users.findByUsername("bantom.integrity").orElseThrow();
        UnitNode legal = units.activeTree(banTom.id()).stream()
                .filter(node -> node.unit().id().equals(integrity.unitId())).findFirst().orElseThrow();
        assertThat(legal.unit().nameTh()).isEqualTo("งานนิติการ");
    }

    @Test
    void loadingAgainAddsNothing() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        int unitsBefore = units.tree(banTom.id()).size();
        int usersBefore = users.list(banTom.id()).size();
        loader.run(null);
        assertThat(units.tree(banTom.id())).hasSize(unitsBefore);
        assertThat(users.list(banTom.id())).hasSize(usersBefore);
        assertThat(complaintCases.findByNumber(banTom.id(), "BT-2568-0009")).isEmpty();
        assertThat(complaintCases.findByNumber(banTom.id(), "BT-2569-0006")).isEmpty();
    }

    @Test
    void itsComplaintCentreHoldsCasesOfTwoYearsInBothChannelsAndEveryState() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        assertThat(complaintSettings.settings(banTom.id()).prefix()).isEqualTo("BT");
        List<CaseView> cases = Stream.concat(numbers(2568, 8), numbers(2569, 5))
                .map(number -> complaintCases.findByNumber(banTom.id(), number).orElseThrow(() -> new AssertionError(number)))
                .toList();
        var now = clock.instant();

        assertThat(cases).extracting(CaseView::channel).contains(Channel.GENERAL, Channel.CORRUPTION);
        assertThat(cases).allSatisfy(c -> assertThat(c.number()).startsWith("BT-" + c.fiscalYear() + "-"));
        assertThat(cases).extracting(CaseView::source).contains(Source.WEB, Source.PHONE, Source.LETTER, Source.WALK_IN,
                Source.OPEN311);
        assertThat(cases).filteredOn(c -> c.status() == CaseStatus.CLOSED && c.satisfaction() != null).hasSizeGreaterThan(4);
        assertThat(cases).extracting(CaseView::status).contains(CaseStatus.REFERRED, CaseStatus.NOT_ACCEPTED,
                CaseStatus.IN_PROGRESS, CaseStatus.ASSIGNED);
        assertThat(cases).filteredOn(c -> c.overdue(now)).extracting(CaseView::number).containsExactly("BT-2569-0005");

        CaseView first = cases.get(0);
        assertThat(first.filedAt()).isEqualTo(OffsetDateTime.parse("2024-11-12T08:40:00+07:00").toInstant());
        assertThat(first.finishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-22T16:00:00+07:00").toInstant());
        assertThat(first.subject()).contains("หมู่ 3");
        assertThat(first.unitName()).isEqualTo("กองช่าง");
        assertThat(first.satisfaction()).isEqualTo(5);

        CaseView explained = complaintCases.findByNumber(banTom.id(), "BT-2569-0004").orElseThrow();
        assertThat(explained.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(explained.actionDeadline().orElseThrow().metBy()).isEqualTo("EXPLANATION");
        assertThat(explained.events()).anyMatch(e -> e.kind() == EventKind.EXPLANATION);

        CaseView overdue = complaintCases.findByNumber(banTom.id(), "BT-2569-0005").orElseThrow();
        assertThat(overdue.events()).filteredOn(e -> e.kind() == EventKind.OVERDUE).singleElement()
                .satisfies(e -> assertThat(e.at()).isEqualTo(OffsetDateTime.parse("2026-09-08T10:30:00+07:00").toInstant()));

        CaseView report = complaintCases.findByNumber(banTom.id(), "BT-2569-0002").orElseThrow();
        assertThat(report.channel()).isEqualTo(Channel.CORRUPTION);
        assertThat(report.subject()).contains("ใบเสร็จ");
        assertThat(report.unitName()).isEqualTo("งานนิติการ");
        assertThat(report.cause()).isNotNull();
        assertThat(complaintCases.findByNumber(banTom.id(), "BT-2568-0004").orElseThrow().anonymous()).isTrue();
    }

    private static Stream<String> numbers(int fiscalYear, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> String.format("BT-%d-%04d", fiscalYear, n));
    }
}
