package org.sujarit.tenant;

/** The five kinds of local government (องค์กรปกครองส่วนท้องถิ่น). */
public enum OrganisationKind {
    /** เทศบาลนคร */
    CITY_MUNICIPALITY,
    /** เทศบาลเมือง */
    TOWN_MUNICIPALITY,
    /** เทศบาลตำบล */
    SUBDISTRICT_MUNICIPALITY,
    /** องค์การบริหารส่วนตำบล (อบต.) */
    SAO,
    /** องค์การบริหารส่วนจังหวัด (อบจ.) */
    PAO
}
