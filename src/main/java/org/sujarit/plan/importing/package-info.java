/**
 * Reads a plan's detail sheets (ส่วนที่ ๓ รายละเอียดโครงการ) from plain text into item contents,
 * reporting what it could not read instead of failing.
 */
package org.sujarit.plan.importing;
