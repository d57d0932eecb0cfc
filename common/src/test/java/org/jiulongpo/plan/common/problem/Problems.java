package org.jiulongpo.plan.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The 400 a caller gets for one bad input: the validation type, naming the field. */
public final class Problems {

    private Problems() {
    }

    public static Problem invalid(ThrowingCallable call, String field) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);
        assertThat(e).as("a problem for %s", field).isNotNull();
        Problem problem = e.problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("/problems/validation");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        return problem;
    }
}
