/**
 * Public disclosure (การเปิดเผยข้อมูลต่อสาธารณะ) and the ITA's OIT checklist: the checklist as
 * versioned data per fiscal year, what each local government publishes against its items and
 * periods, what the other modules publish by themselves counted as evidence, each item's state
 * (current, due soon, overdue, missing) and the ITA readiness, the transparency portal, the JSON
 * interface and the open-data catalogue.
 */
package org.sujarit.disclosure;
