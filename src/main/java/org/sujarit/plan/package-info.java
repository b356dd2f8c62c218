/**
 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต): its dimension tree and items
 * with the nine fields of the detail sheet and their KPIs, approval and publication in revisions,
 * 6/12-month progress rounds with the E-PlanNACC score, quality checks, import and documents.
 */
package org.sujarit.plan;
