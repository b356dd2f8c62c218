package org.sujarit.disclosure;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.OpenDataset;
import org.sujarit.shared.TenantId;

/** The disclosure checklist of this fiscal year and the last as open data, listed first on the open-data page. */
@Component
@Order(0)
class DisclosureDatasets implements OpenDataset.Source {

    private final Disclosures disclosures;

    DisclosureDatasets(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public List<OpenDataset> datasets(TenantId tenant, String slug) {
        FiscalYear current = disclosures.currentYear();
        return List.of(current, current.previous()).stream().map(y -> new OpenDataset("disclosures-" + y,
                "การเปิดเผยข้อมูลตามตัวชี้วัด ITA ปีงบประมาณ " + y, "Disclosures against the ITA checklist, fiscal year " + y,
                "รายการข้อมูลที่ต้องเผยแพร่ กำหนด สถานะ และสิ่งที่เผยแพร่แล้ว", "Items to publish, due dates, state and what is published",
                null, List.of(new OpenDataset.Distribution("CSV", "text/csv", "/" + slug + "/open-data/disclosures-" + y + ".csv"),
                        new OpenDataset.Distribution("JSON", "application/json", "/" + slug + "/open-data/disclosures-" + y + ".json"))))
                .toList();
    }
}
