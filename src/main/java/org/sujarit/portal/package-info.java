/**
 * The public side: the directory of local governments on the platform and each one's portal
 * at {@code /{slug}}, to which modules add their sections through
 * {@link org.sujarit.portal.PortalLink}s.
 */
package org.sujarit.portal;
