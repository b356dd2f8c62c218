package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The registers have one entry in the console: each role sees the registers it may open; the year's
 * purchases list which have a committee, each linked to the page that names it.
 */
@WebTest
class RegistersHomeTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired ProcurementSummaries procurement;
    @Autowired DeclarationCommittees committees;

    @Test
    void eachRoleSeesTheRegistersItMayOpen() throws Exception {
        Tenant t = fixtures.create();
        String officer = page(t, Role.INTEGRITY_OFFICER, "/console/registers");
        assertThat(officer).contains("href=\"/console/registers/flags\"", "href=\"/console/registers/gifts\"",
                "href=\"/console/registers/interests\"", "href=\"/console/registers/committees\"",
                "href=\"/console/registers/agreements\"", "href=\"/console/registers/ethics\"", "ไม่มีรายการรอพิจารณา");
        String unitStaff = page(t, Role.UNIT_STAFF, "/console/registers");
        assertThat(unitStaff).contains("href=\"/console/registers/committees\"")
                .doesNotContain("href=\"/console/registers/flags\"", "href=\"/console/registers/gifts\"");
        assertThat(page(t, Role.INTEGRITY_OFFICER, "/console")).contains("href=\"/console/registers\"")
                .doesNotContain("href=\"/console/registers/flags\"");
        for (Role role : List.of(Role.STAFF_MEMBER, Role.COUNCIL_MEMBER, Role.TENANT_ADMIN)) {
            mvc.perform(get("/console/registers").with(as(t, role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/console/registers/committees").with(as(t, Role.EXECUTIVE))).andExpect(status().isForbidden());
    }

    @Test
    void theYearsPurchasesSayWhichHaveACommittee() throws Exception {
        Tenant t = fixtures.create();
        UUID named = purchase(t, "ซ่อมถนน " + t.marker(), 1);
        purchase(t, "จัดซื้อวัสดุ " + t.marker(), 3);
        committees.name(t.id(), RiskFixture.YEAR, 1, named, Set.of(t.userId(Role.STAFF_MEMBER), t.userId(Role.UNIT_STAFF)),
                t.userId(Role.INTEGRITY_OFFICER));
        String list = page(t, Role.UNIT_STAFF, "/console/registers/committees?year=" + RiskFixture.YEAR);
        assertThat(list).contains("href=\"/console/registers/committees/" + RiskFixture.YEAR + "/1/" + named + "\"")
                .contains("ซ่อมถนน " + t.marker()).contains("2 คน").contains("ตุลาคม " + (RiskFixture.YEAR - 1))
                .contains("จัดซื้อวัสดุ " + t.marker()).contains("ยังไม่ได้ระบุ").contains("ธันวาคม " + (RiskFixture.YEAR - 1));
    }

    private UUID purchase(Tenant t, String work, int month) {
        return procurement.addPurchase(t.id(), RiskFixture.YEAR, month, new PurchaseDetails(work, new BigDecimal("10000"), null,
                ProcurementMethod.SPECIFIC, List.of(new Bidder("ร้าน " + t.marker(), new BigDecimal("9000"))), "ร้าน " + t.marker(),
                new BigDecimal("9000"), "ราคาต่ำสุด", null, null, null, null, null), t.userId(Role.INTEGRITY_OFFICER));
    }

    private String page(Tenant t, Role role, String path) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get(path).with(as(t, role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
