package org.jiulongpo.plan.common.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class PageTest {

    record Row(String code, int rank) {
    }

    private static final List<Row> FETCHED = List.of(new Row("fyp14-01", 1), new Row("fyp14-02", 2),
            new Row("fyp14-03", 3));

    @Test
    void theExtraRowOnlySaysThatAnotherPageExists() {
        Page<Row> page = Page.of(FETCHED, 2, Row::code);
        assertThat(page.items()).extracting(Row::code).containsExactly("fyp14-01", "fyp14-02");
        assertThat(Cursors.decode(page.nextCursor(), 1, "cursor")).containsExactly("fyp14-02");
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(Page.of(FETCHED, 3, Row::code)).isEqualTo(new Page<>(FETCHED, null));
        assertThat(Page.of(FETCHED.subList(0, 1), 3, Row::code).nextCursor()).isNull();
        assertThat(Page.of(List.<Row>of(), 50, Row::code)).isEqualTo(new Page<>(List.of(), null));
    }

    @Test
    void theLastPageLeavesNextCursorOutOfTheBody() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(Page.of(FETCHED, 3, Row::code))).doesNotContain("nextCursor");
        assertThat(mapper.readTree(mapper.writeValueAsString(Page.of(FETCHED, 2, Row::code))).get("nextCursor")
                .asText()).isEqualTo(Cursors.encode("fyp14-02"));
    }

    @Test
    void mappingTheItemsKeepsTheCursor() {
        Page<Row> page = Page.of(FETCHED, 2, Row::code);
        Page<String> codes = page.map(Row::code);
        assertThat(codes.items()).containsExactly("fyp14-01", "fyp14-02");
        assertThat(codes.nextCursor()).isEqualTo(page.nextCursor());
    }
}
