package org.jiulongpo.plan.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CsvReadTest {

    @Test
    void readsWhatWriteWrote() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        byte[] written = Csv.write(List.of(
                mapper.readTree("{\"code\":\"fyp14-01\",\"note\":\"逗号,引号\\\"与\\r\\n换行\",\"source\":{\"title\":\"=SUM(A1)\"}}"),
                mapper.readTree("{\"code\":\"fyp14-02\",\"note\":null,\"source\":{\"title\":\"-3\"}}")));
        List<List<String>> records = Csv.read(new String(written, StandardCharsets.UTF_8));
        assertThat(records).containsExactly(
                List.of("code", "note", "source.title"),
                List.of("fyp14-01", "逗号,引号\"与\r\n换行", "=SUM(A1)"),
                List.of("fyp14-02", "", "-3"));
    }

    @Test
    void acceptsLineFeedsAndSkipsBlankLinesAndAMissingFinalNewline() {
        assertThat(Csv.read("a,b\n\n1,\n2,x")).containsExactly(List.of("a", "b"), List.of("1", ""), List.of("2", "x"));
        assertThat(Csv.read("")).isEmpty();
    }

    @Test
    void refusesAQuoteThatIsNeverClosedOrTextAfterOne() {
        assertThatThrownBy(() -> Csv.read("a,b\r\n\"open,1\r\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record 2");
        assertThatThrownBy(() -> Csv.read("\"a\"b,c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Csv.read("a,b\n1,x\"y\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record 2");
    }
}
