/**
 * Small value types every module shares: the Thai fiscal year, Buddhist-Era dates, numeral styles.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sujarit.shared;
