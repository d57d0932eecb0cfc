package org.jiulongpo.plan.projects.status.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StatusCsvTest {

    static List<List<String>> read(String text) {
        return StatusCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedCellsLineBreaksAndTheByteOrderMark() {
        assertThat(read("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\"two\r\nlines\",,3\n\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"", ""), List.of("two\r\nlines", "", "3"));
        assertThat(read("a\nb")).containsExactly(List.of("a"), List.of("b"));
        assertThat(read("")).isEmpty();
    }

    @Test
    void refusesAnUnclosedQuoteAndAQuoteInsideACell() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("a,b\n1,x\"y\n")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("line 2");
    }
}
