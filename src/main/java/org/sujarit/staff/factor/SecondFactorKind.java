package org.sujarit.staff.factor;

import java.util.UUID;

/**
 * A kind of second factor a person can have set up (one-time codes here; passkeys implement it in
 * their own module): the gate sends a person with any of them to the second-factor page, and a
 * person with none to set one up.
 */
public interface SecondFactorKind {

    boolean setUp(UUID userId);
}
