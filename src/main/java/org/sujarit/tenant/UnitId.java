package org.sujarit.tenant;

import java.util.Objects;
import java.util.UUID;

public record UnitId(UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
