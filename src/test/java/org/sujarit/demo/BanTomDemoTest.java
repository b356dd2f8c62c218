package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
    }
}
