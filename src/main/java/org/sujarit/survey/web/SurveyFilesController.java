package org.sujarit.survey.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyAnswers;
import org.sujarit.survey.SurveyResults;
import org.sujarit.survey.Surveys;
import org.sujarit.survey.document.AnswersFiles;
import org.sujarit.survey.document.ResultWords;
import org.sujarit.survey.document.ResultsPdf;
import org.sujarit.tenant.Organisations;

/**
 * A survey's files for those who manage it, over the period of its results page: the answers one
 * response a row (XLSX, CSV) and the report of its results (PDF). None has a text answer.
 */
@Controller
class SurveyFilesController {

    private static final Logger log = LoggerFactory.getLogger(SurveyFilesController.class);

    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyAnswers answers;
    private final AnswersFiles files;
    private final ResultsPdf pdf;
    private final Organisations organisations;

    SurveyFilesController(Surveys surveys, SurveyResults results, SurveyAnswers answers, AnswersFiles files, ResultsPdf pdf,
                          Organisations organisations) {
        this.surveys = surveys;
        this.results = results;
        this.answers = answers;
        this.files = files;
        this.pdf = pdf;
        this.organisations = organisations;
    }

    @GetMapping("/console/surveys/{surveyId}/results.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                                    @ModelAttribute("period") ResultsPeriodForm form, BindingResult binding) {
        Survey survey = surveys.view(me, surveyId).survey();
        SurveyResults.Period period = period(form, binding);
        return DocumentFiles.file(files.xlsx(survey, answers.of(survey, period), organisation(me), ResultWords.period(period),
                organisations.numeralStyle(me.tenant())), DocumentFiles.XLSX, fileName("คำตอบ", survey, "xlsx"));
    }

    @GetMapping("/console/surveys/{surveyId}/results.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                               @ModelAttribute("period") ResultsPeriodForm form, BindingResult binding) {
        Survey survey = surveys.view(me, surveyId).survey();
        return DocumentFiles.file(files.csv(survey, answers.of(survey, period(form, binding))), CsvFile.MEDIA_TYPE,
                fileName("คำตอบ", survey, "csv"), false);
    }

    @GetMapping("/console/surveys/{surveyId}/results/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                                  @ModelAttribute("period") ResultsPeriodForm form, BindingResult binding) {
        Survey survey = surveys.view(me, surveyId).survey();
        SurveyResults.Period period = period(form, binding);
        String asOf = "ข้อมูล ณ วันที่ " + ResultWords.longDate(surveys.today());
        return DocumentFiles.file(pdf.report(survey, results.of(survey, period), organisation(me), ResultWords.period(period),
                asOf, organisations.numeralStyle(me.tenant())), MediaType.APPLICATION_PDF, fileName("รายงานผล", survey, "pdf"));
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "surveyResults.pdfUnavailable");
    }

    /** A period that cannot be read has no file: the page that links to the files says what is wrong. */
    private static SurveyResults.Period period(ResultsPeriodForm form, BindingResult binding) {
        SurveyResults.Period period = form.period(binding);
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return period;
    }

    private String organisation(StaffPrincipal me) {
        return organisations.get(me.tenant()).nameTh();
    }

    /** The title, without the characters a file system refuses, cut to a readable length. */
    static String fileName(String what, Survey survey, String extension) {
        String title = survey.titleTh().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip();
        return what + "-" + (title.length() > 60 ? title.substring(0, 60).strip() : title) + "." + extension;
    }
}
