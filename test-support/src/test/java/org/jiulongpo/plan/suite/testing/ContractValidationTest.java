package org.jiulongpo.plan.suite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/** The answer validation every module's tests run, against the checked-in docs/openapi.yaml. */
class ContractValidationTest {

    static final OpenApiInteractionValidator VALIDATOR = ContractValidation.validator(ContractValidation.CONTRACT);
    static final String PROGRESS = "/api/v1/indicators/fyp14-03/progress";

    /**
     * A progress answer as indicators-service writes it for a level target (fyp14-03: 38 in 2020, 50 in
     * 2025) whose 2021 value is not observed yet: a year without an observation, no running average.
     */
    static final String NOT_YET_OBSERVED = """
            {"indicatorCode":"fyp14-03","status":"no_data","breachRisk":false,
             "trajectory":[{"year":2020,"expected":38,"observed":38,"runningAverage":null},
                           {"year":2021,"expected":40.4,"observed":null,"runningAverage":null}]}
            """;

    @Test
    void aProgressAnswerWithYearsNotYetObservedIsWhatTheContractSays() {
        assertThat(messages(PROGRESS, NOT_YET_OBSERVED)).isEmpty();
    }

    @Test
    void aStringWhereTheContractSaysNumberIsReported() {
        assertThat(messages(PROGRESS, """
                {"indicatorCode":"fyp14-03","progressRatio":"0.5"}
                """)).anySatisfy(m -> assertThat(m).contains("/progressRatio"));
    }

    @Test
    void aNullWhereTheContractAllowsNoneIsReported() {
        assertThat(messages(PROGRESS, """
                {"indicatorCode":null,"trajectory":[{"year":null}]}
                """)).anySatisfy(m -> assertThat(m).contains("/indicatorCode"))
                .anySatisfy(m -> assertThat(m).contains("/trajectory/0/year"));
    }

    @Test
    void aNullableReferenceTakesNullAndItsValuesButNothingElse() {
        String baseline = "{\"indicatorCode\":\"fyp14-03\",\"baseline\":{\"year\":2020,\"raw\":\"38\",\"qualifier\":%s}}";
        assertThat(messages(PROGRESS, baseline.formatted("null"))).isEmpty();
        assertThat(messages(PROGRESS, baseline.formatted("\"approx\""))).isEmpty();
        assertThat(messages(PROGRESS, baseline.formatted("\"roughly\"")))
                .anySatisfy(m -> assertThat(m).contains("/baseline/qualifier"));
    }

    private static List<String> messages(String path, String body) {
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        return report.getMessages().stream().map(ValidationReport.Message::toString).toList();
    }
}
