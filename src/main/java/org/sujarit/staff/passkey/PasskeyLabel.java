package org.sujarit.staff.passkey;

import org.sujarit.shared.RuleViolation;

/** The name a person gives a passkey ("โทรศัพท์ของฉัน"): 1 to 64 characters, no control characters. */
final class PasskeyLabel {

    static final int MAX_LENGTH = 64;

    private PasskeyLabel() {
    }

    /** The name, trimmed; a {@link RuleViolation} on field {@code label} when it is empty, too long or unprintable. */
    static String check(String typed) {
        String label = typed == null ? "" : typed.strip();
        if (label.isEmpty()) {
            throw new RuleViolation("label", "passkey.label.required");
        }
        if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
            throw new RuleViolation("label", "passkey.label.tooLong");
        }
        if (label.codePoints().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("label", "passkey.label.invalid");
        }
        return label;
    }
}
