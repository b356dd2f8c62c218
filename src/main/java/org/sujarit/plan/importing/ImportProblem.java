package org.sujarit.plan.importing;

/**
 * Something an import could not read. {@code sheetNumber} is 0 for the whole text; {@code section}
 * names the field of the sheet as the plan heads it ("๖ ระยะเวลาดำเนินการ"), empty for the whole
 * text or the whole sheet; {@code messageKey} is a message key; {@code detail} quotes the text concerned.
 */
public record ImportProblem(int sheetNumber, String section, String messageKey, String detail) {

    /** The text is empty. */
    public static final String EMPTY = "plan.import.empty";
    /** No line "๑. ชื่อโครงการ" starts a detail sheet. */
    public static final String NO_SHEETS = "plan.import.noSheets";
    /** A sheet has no name after "ชื่อโครงการ". */
    public static final String NAME_MISSING = "plan.import.nameMissing";
    /** A section's heading was not found in the sheet. */
    public static final String SECTION_MISSING = "plan.import.sectionMissing";
    /** A section's heading is there but nothing follows it. */
    public static final String SECTION_EMPTY = "plan.import.sectionEmpty";
    /** The period names no month ("มกราคม – มีนาคม") and does not say "ตลอดปี". */
    public static final String PERIOD_UNREADABLE = "plan.import.periodUnreadable";
    /** The budget is neither "ไม่ใช้งบประมาณ" nor an amount in baht. */
    public static final String BUDGET_UNREADABLE = "plan.import.budgetUnreadable";
    /** The budget names a fiscal year outside the plan's years; that amount is left out. */
    public static final String BUDGET_YEAR_OUTSIDE = "plan.import.budgetYearOutside";
    /** The sheet could not be read at all. */
    public static final String SHEET_UNREADABLE = "plan.import.sheetUnreadable";
}
