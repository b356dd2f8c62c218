package org.sujarit.audit;

import java.util.UUID;

/** Who the trail names for a change: the signed-in principal implements this. */
public interface Actor {

    UUID actorId();

    String actorLabel();
}
