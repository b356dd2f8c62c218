package org.sujarit.demo;

import java.util.List;
import java.util.Set;

import org.sujarit.staff.OversightScope;
import org.sujarit.staff.Role;
import org.sujarit.tenant.Contacts;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.UnitKind;

/** The shape of a demo data file. */
record DemoData(DemoOrganisation organisation, List<DemoUnit> units, List<DemoUser> users, DemoPlan plan,
                DemoRisk risk, DemoComplaintsFile complaints, DemoDisclosureFile disclosure,
                DemoProcurementFile procurement, DemoStaffFile staff, DemoSurveysFile surveys) {

    /** The tenant's invented surveys with their answers; see DemoSurveyLoader. */
    record DemoSurveysFile(String file) {
    }

    /** The tenant's staff list (invented), imported as a tenant admin would; see DemoStaffLoader. */
    record DemoStaffFile(String file) {
    }

    /** The tenant's sample publications for the disclosure checklist, published by the named demo account. */
    record DemoDisclosureFile(String file, String publishedBy) {
    }

    /** The tenant's sample procurement summaries, read from their own data file, recorded by a demo account. */
    record DemoProcurementFile(String file, String recordedBy) {
    }

    /** The tenant's complaint centre with its cases, read from its own data file. */
    record DemoComplaintsFile(String file) {
    }

    /** The tenant's fraud-risk assessment, read from its own data file, published or not. */
    record DemoRisk(String file, boolean publish) {
    }

    /** The tenant's plan, read from its own data file, approved and published by the named demo accounts. */
    record DemoPlan(String file, String approvedBy, String publishedBy) {
    }

    record DemoOrganisation(String slug, String nameTh, String nameEn, String dlaCode, OrganisationKind kind,
                            String provinceCode, String district, String districtEn, Contacts contacts) {
    }

    record DemoUnit(String nameTh, String nameEn, UnitKind kind, List<DemoUnit> children) {

        List<DemoUnit> childrenOrNone() {
            return children == null ? List.of() : children;
        }
    }

    /** {@code unit} is a path from the top of the tree, e.g. "สำนักปลัด/ฝ่ายปกครอง/งานนิติการ". */
    record DemoUser(String username, String displayName, Set<Role> roles, String unit, OversightScope oversight,
                    String totpKey) {
    }
}
