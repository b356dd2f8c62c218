package org.sujarit.survey.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;
import org.sujarit.survey.Answer;
import org.sujarit.survey.Question;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyAnswers;

/**
 * A survey's answers as files to work with, one row per response: its version, day (Buddhist Era),
 * channel, a test's score and whether it passed, and one column per question with the chosen
 * options' text or the number. No text answer and nothing about the respondent is in them; an
 * answer naming a sub-group under five says {@value ResultWords#FEWER_THAN_FIVE}, and a staff
 * survey below its minimum gives only that it is withheld.
 */
@Component
public class AnswersFiles {

    public byte[] xlsx(Survey survey, SurveyAnswers.Sheet sheet, String organisation, String period, NumeralStyle w) {
        List<String> titles = List.of(w.apply("คำตอบ" + ResultWords.kind(survey) + " " + survey.titleTh()),
                w.apply(organisation + " " + period));
        return XlsxFile.of(w, workbook -> {
            Table table = table(survey, sheet, w);
            int[] widths = new int[table.columns()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = sheet.withheld() ? 60 : c < 3 ? 12 + 4 * c : 28;
            }
            new SheetWriter(workbook).write("คำตอบ", titles, table, widths, !sheet.withheld());
        });
    }

    /** Arabic digits and Buddhist-Era days (31/12/2569), as open data writes them. */
    public byte[] csv(Survey survey, SurveyAnswers.Sheet sheet) {
        if (sheet.withheld()) {
            return CsvFile.of(List.of(List.of(ResultWords.withheld(survey))));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(heads(survey, sheet));
        for (SurveyAnswers.Response r : sheet.responses()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(r.version()), ThaiDates.numericDate(r.day()),
                    ResultWords.channel(r.channel())));
            if (survey.test()) {
                cells.add(ResultWords.number(r.score()));
                cells.add(passed(r));
            }
            sheet.questions().forEach(q -> cells.add(answer(q, r.answers().get(q.key()))));
            rows.add(cells);
        }
        return CsvFile.of(rows);
    }

    private static Table table(Survey survey, SurveyAnswers.Sheet sheet, NumeralStyle w) {
        if (sheet.withheld()) {
            return new Table(null, Table.widths(100), Table.heads(w.apply(ResultWords.withheld(survey))), List.of());
        }
        List<String> heads = heads(survey, sheet);
        List<Row> rows = new ArrayList<>();
        for (SurveyAnswers.Response r : sheet.responses()) {
            List<Cell> cells = new ArrayList<>(List.of(ResultsReport.count(w, r.version()),
                    Cell.centred(w.apply(ThaiDates.numericDate(r.day()))), Cell.text(ResultWords.channel(r.channel()))));
            if (survey.test()) {
                cells.add(r.score() == null ? Cell.centred("") : Cell.number(r.score(), w.apply(r.score().toPlainString()), "0.00"));
                cells.add(Cell.centred(passed(r)));
            }
            for (Question q : sheet.questions()) {
                Answer answer = r.answers().get(q.key());
                cells.add(answer != null && answer.number() != null
                        ? Cell.number(answer.number(), w.apply(answer.number().toPlainString()), "General")
                        : Cell.text(w.apply(answer(q, answer))));
            }
            rows.add(Row.of(cells));
        }
        List<Integer> widths = heads.stream().map(h -> 100 / heads.size()).toList();
        return new Table(null, widths, Table.heads(heads.stream().map(w::apply).toList()), rows);
    }

    private static List<String> heads(Survey survey, SurveyAnswers.Sheet sheet) {
        List<String> heads = new ArrayList<>(List.of("ฉบับที่", "วันที่ตอบ", "ช่องทาง"));
        if (survey.test()) {
            heads.addAll(List.of("คะแนน (ร้อยละ)", "ผ่านเกณฑ์"));
        }
        int number = 0;
        for (Question q : sheet.questions()) {
            heads.add(++number + ". " + q.th());
        }
        return heads;
    }

    /** The chosen options' texts (several joined by "; "), the number, or nothing when not answered. */
    private static String answer(Question question, Answer answer) {
        if (answer == null) {
            return "";
        }
        if (answer.number() != null) {
            return answer.number().toPlainString();
        }
        return answer.choices().stream().sorted().map(place -> ResultWords.option(question, place))
                .collect(Collectors.joining("; "));
    }

    private static String passed(SurveyAnswers.Response r) {
        return r.passed() == null ? "" : r.passed() ? "ผ่าน" : "ไม่ผ่าน";
    }
}
