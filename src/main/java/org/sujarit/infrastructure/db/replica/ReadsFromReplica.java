package org.sujarit.infrastructure.db.replica;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller (or one handler method): what it shows to an anonymous visitor may be a few
 * seconds old, so its GET and HEAD requests from visitors who are not signed in read from the read
 * replica, when one is configured. A signed-in user's requests read the primary: a member of staff
 * who has just published something and opens the public page must see it there.
 *
 * <p>Put it only on pages that write nothing and that nobody opens expecting to find what they have
 * just sent: never on the complaint forms or a citizen's own case, the survey answer pages, the
 * account activation page or Open311 (whose clients read back the request they have just filed).
 * A read-write transaction inside such a request still goes to the primary.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsFromReplica {
}
