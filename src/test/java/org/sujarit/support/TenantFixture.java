package org.sujarit.support;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.factor.OneTimeCodes;
import org.sujarit.tenant.Contacts;
import org.sujarit.tenant.NewOrganisation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/**
 * Builds a throw-away tenant in the shared test database: a small unit tree and one account per
 * tenant role (one-time codes on, {@link SecondFactors#FIXTURE_KEY}), all names carrying a unique marker so that a test can tell the tenant's data
 * apart in any page.
 */
@Component
public class TenantFixture {

    public static final String PASSWORD = "fixture-passphrase-2569";

    private final Organisations organisations;
    private final Units units;
    private final StaffUsers users;
    private final TransactionTemplate transaction;
    private final OneTimeCodes oneTimeCodes;

    TenantFixture(Organisations organisations, Units units, StaffUsers users, TransactionTemplate transaction,
                  OneTimeCodes oneTimeCodes) {
        this.oneTimeCodes = oneTimeCodes;
        this.organisations = organisations;
        this.units = units;
        this.users = users;
        this.transaction = transaction;
    }

    public Tenant create() {
        return create("56");
    }

    /** A tenant in another province (Interior Ministry code, e.g. "30" Nakhon Ratchasima, NACC region 3). */
    public Tenant create(String provinceCode) {
        return transaction.execute(status -> build(provinceCode));
    }

    private Tenant build(String provinceCode) {
        String marker = "zz" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        String dla = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Organisation organisation = organisations.onboard(new NewOrganisation(marker, "เทศบาลตำบล " + marker,
                "Test municipality " + marker, dla, OrganisationKind.SUBDISTRICT_MUNICIPALITY, provinceCode, "เมืองพะเยา", "Mueang Phayao",
                new Contacts("ที่อยู่ " + marker, "054 000 000", marker + "@example.org", null), false));
        TenantId tenant = organisation.id();
        Unit division = units.create(tenant, null, UnitKind.DIVISION, details("กอง " + marker));
        Unit section = units.create(tenant, division.id(), UnitKind.SECTION, details("ฝ่าย " + marker));
        Unit workUnit = units.create(tenant, section.id(), UnitKind.WORK_UNIT, details("งาน " + marker));
        Map<Role, StaffUser> accounts = new EnumMap<>(Role.class);
        for (Role role : Role.MEMBER_ROLES) {
            String username = marker + "." + role.name().toLowerCase().replace('_', '-');
            accounts.put(role, users.create(new NewStaffUser(tenant, username, role.name() + " " + marker, null,
                    role == Role.UNIT_STAFF ? workUnit.id() : null, EnumSet.of(role), null, PASSWORD, false, false)));
            // One-time codes on, with the key of SecondFactors.FIXTURE_KEY: the custodian must pass a
            // second factor, and every role may take actions that ask for a fresh one.
            oneTimeCodes.enrolConfirmed(accounts.get(role).id(), SecondFactors.FIXTURE_KEY);
        }
        return new Tenant(organisation, marker, division, section, workUnit, accounts);
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(name, null, null, null);
    }

    public record Tenant(Organisation organisation, String marker, Unit division, Unit section, Unit workUnit,
                         Map<Role, StaffUser> accounts) {

        public TenantId id() {
            return organisation.id();
        }

        public String username(Role role) {
            return accounts.get(role).username();
        }

        public UUID userId(Role role) {
            return accounts.get(role).id();
        }
    }
}
