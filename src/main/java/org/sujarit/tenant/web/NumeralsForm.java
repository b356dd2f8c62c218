package org.sujarit.tenant.web;

import jakarta.validation.constraints.NotNull;
import org.sujarit.shared.NumeralStyle;

record NumeralsForm(@NotNull(message = "{organisation.numerals.required}") NumeralStyle style) {
}
