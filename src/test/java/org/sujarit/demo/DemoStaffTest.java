package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** The demo's invented staff come in through the staff import; one of them signs in with the demo password. */
@WebTest
class DemoStaffTest {

    @Autowired MockMvc mvc;
    @Autowired Organisations organisations;
    @Autowired StaffUsers users;
    @Autowired DemoStaffLoader loader;
    @Autowired DemoProperties properties;

    @Test
    void twentyInventedStaffAreImportedOnceAndOneSignsIn() throws Exception {
        var banTom = organisations.findBySlug("bantom").orElseThrow().id();
        List<StaffUser> staff = staffOf(banTom);
        assertThat(staff).hasSize(20).allMatch(StaffUser::demo);
        assertThat(staff).filteredOn(u -> u.email() == null).hasSizeGreaterThanOrEqualTo(5)
                .allMatch(u -> u.username().matches("bantom\\.\\d+"));
        assertThat(staff).extracting(StaffUser::displayName).contains("นายธนพล วงศ์ใหญ่", "นายณัฐวุฒิ คำมา");

        loader.load(banTom, "demo/bantom-staff.yml");
        assertThat(staffOf(banTom)).hasSize(20);

        mvc.perform(post("/login").with(csrf()).param("username", "bantom.member").param("password", properties.password()))
                .andExpect(redirectedUrl("/console/me"));
    }

    private List<StaffUser> staffOf(org.sujarit.shared.TenantId tenant) {
        return users.list(tenant).stream().filter(u -> u.roles().equals(java.util.Set.of(Role.STAFF_MEMBER))).toList();
    }
}
