package org.sujarit.registers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who has acknowledged a version of the code: counts per unit (accounts without a unit last) and
 * every active account with the moment it acknowledged, or none.
 */
public record EthicsReport(EthicsCode code, List<UnitCount> units, List<Person> people) {

    public record UnitCount(String unitName, long accounts, long acknowledged) {
    }

    public record Person(UUID userId, String name, String position, String unitName, Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    public long accounts() {
        return people.size();
    }

    public long acknowledged() {
        return people.stream().filter(Person::acknowledged).count();
    }
}
