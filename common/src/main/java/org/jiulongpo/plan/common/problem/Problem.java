package org.jiulongpo.plan.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document, the body of every error of the suite.
 *
 * @param type     a URI reference naming the kind of problem, e.g. {@code /problems/validation}
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code, always equal to the status of the response
 * @param detail   what went wrong in this occurrence, in words a caller can act on
 * @param instance the path of the request that failed
 * @param rule     for 409 conflicts, the name of the business rule that refused the request
 * @param errors   for validation problems, one entry per invalid field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input: the query parameter, header or JSON field name, and why it was refused;
     * in a bulk request also the row it is in (1 = the first item, or the first record after a CSV header).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, Integer row) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, rule, errors);
    }
}
