package org.sujarit.survey;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.disclosure.OpenDataset;
import org.sujarit.shared.TenantId;

/** Each published survey's results as a dataset of the portal's open-data page and its catalogue. */
@Component
class SurveyDatasets implements OpenDataset.Source {

    private final PublishedSurveys published;

    SurveyDatasets(PublishedSurveys published) {
        this.published = published;
    }

    @Override
    public List<OpenDataset> datasets(TenantId tenant, String slug) {
        return published.list(tenant).stream().map(s -> {
            String path = "/" + slug + "/open-data/survey-" + s.id();
            return new OpenDataset("survey-" + s.id(), "ผลการสำรวจ: " + s.titleTh(), "Survey results: " + s.title(true),
                    "จำนวนและร้อยละของคำตอบแต่ละข้อ ค่าเฉลี่ย ร้อยละความพึงพอใจ และผลตามกลุ่มผู้ตอบ (กลุ่มที่มีผู้ตอบน้อยกว่า 5 คนรวมกัน)"
                            + " ไม่มีคำตอบที่เป็นข้อความและไม่มีข้อมูลส่วนบุคคล",
                    "Counts and shares of each question's answers, means, the share satisfied and the results by group of "
                            + "respondents (groups under 5 merged); no written answers and no personal data",
                    null, List.of(new OpenDataset.Distribution("CSV", "text/csv", path + ".csv"),
                            new OpenDataset.Distribution("JSON", "application/json", path + ".json")));
        }).toList();
    }
}
