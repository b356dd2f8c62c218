/**
 * The complaint centre (ศูนย์รับเรื่องร้องทุกข์/ร้องเรียน): general complaints and reports of
 * corruption or misconduct, filed by citizens without an account and followed by case number and
 * secret; the staff workflow with its deadlines (the seed's 15-day rule), cause analysis linked to
 * the fraud-risk register, statistics, and Open311.
 */
package org.sujarit.complaint;
