package org.jiulongpo.plan.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thrown by services and resources to end a request with a problem details response.
 * Carries no stack trace: it is a normal outcome, not a bug.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND.problem(detail));
    }

    /** A 400 naming one invalid field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION;
        List<Integer> rows = errors.stream().map(Problem.FieldError::row).filter(r -> r != null).distinct().sorted().toList();
        String detail;
        if (!rows.isEmpty()) {
            // a bulk request is written all or none: say so, and which rows to fix
            detail = (rows.size() == 1 ? "Row " : "Rows ") + rows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (rows.size() == 1 ? " is" : " are") + " invalid (" + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + "); nothing was written";
        } else if (errors.size() == 1) {
            detail = "Invalid " + errors.get(0).field() + ": " + errors.get(0).message();
        } else {
            detail = errors.size() + " invalid fields";
        }
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, null, errors));
    }

    /** A 409 naming the business rule that refused the request. */
    public static ProblemException conflict(String rule, String detail) {
        ProblemType type = ProblemType.CONFLICT;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, rule, null));
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type.problem(detail));
    }

    public static ProblemException withHeaders(ProblemType type, String detail, Map<String, String> headers) {
        return new ProblemException(type.problem(detail), new LinkedHashMap<>(headers));
    }
}
