/**
 * Oversight for provinces, NACC regions and the nation: aggregates across local governments,
 * never a tenant's individual records or personal data.
 */
package org.sujarit.oversight;
