/**
 * Small value types every module shares: the tenant's id and a member of it, the Thai fiscal
 * year, Buddhist-Era dates, Thai digits and numeral styles, a broken rule's message, and the console
 * link (audit, tenant and staff sit below the console and add to it). The contracts only higher
 * modules implement live with the module that uses them: what is due in {@code notification},
 * what is published in {@code disclosure}, dashboard cards in {@code console}, portal links in
 * {@code portal}. The one contract lower modules implement for a higher one is
 * {@link org.sujarit.shared.IndicatorSource}: every module with data gives oversight its figures.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sujarit.shared;
