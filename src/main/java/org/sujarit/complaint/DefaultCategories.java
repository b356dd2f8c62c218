package org.sujarit.complaint;

import java.util.List;

import org.sujarit.complaint.CaseView.Category;

/**
 * The categories a tenant starts with; its administrator can rename, add, hide and route them to
 * units. General ones follow what Thai citizens most often complain to a municipality about; the
 * corruption ones follow the seed's three risk areas and the NACC's kinds of misconduct.
 */
final class DefaultCategories {

    private DefaultCategories() {
    }

    static final List<Category> ALL = List.of(
            general("roads", "ถนน ทางเท้า สะพาน ท่อระบายน้ำ", "Roads, pavements, bridges, drains", 1),
            general("lighting", "ไฟฟ้าสาธารณะ", "Street lighting", 2),
            general("water", "น้ำประปา น้ำท่วม", "Water supply, flooding", 3),
            general("waste", "ขยะ ความสะอาด สิ่งแวดล้อม", "Waste, cleanliness, environment", 4),
            general("nuisance", "เหตุเดือดร้อนรำคาญ เสียง กลิ่น ควัน", "Nuisance: noise, smell, smoke", 5),
            general("health", "สาธารณสุข โรคติดต่อ สัตว์จรจัด", "Public health, disease, stray animals", 6),
            general("service", "การให้บริการของเจ้าหน้าที่", "Service by officials", 7),
            general("other", "เรื่องอื่น ๆ", "Other", 8),
            corruption("procurement", "การจัดซื้อจัดจ้าง", "Procurement", 1),
            corruption("permits", "การอนุมัติ อนุญาต ออกใบอนุญาต", "Approvals and permits", 2),
            corruption("bribery", "การเรียกรับเงิน สินบน ผลประโยชน์", "Demanding money, bribes or benefits", 3),
            corruption("abuse", "การใช้อำนาจหน้าที่โดยมิชอบ", "Abuse of power or position", 4),
            corruption("funds", "การใช้จ่ายเงินและทรัพย์สินของราชการ", "Use of public funds and property", 5),
            corruption("conflict", "ผลประโยชน์ทับซ้อน", "Conflict of interest", 6),
            corruption("conduct", "ประพฤติมิชอบ ผิดวินัย", "Misconduct, breach of discipline", 7),
            corruption("other-misconduct", "เรื่องอื่น ๆ", "Other", 8));

    private static Category general(String code, String th, String en, int position) {
        return new Category(null, Channel.GENERAL, code, th, en, null, null, null, position, true);
    }

    private static Category corruption(String code, String th, String en, int position) {
        return new Category(null, Channel.CORRUPTION, code, th, en, null, null, null, position, true);
    }
}
