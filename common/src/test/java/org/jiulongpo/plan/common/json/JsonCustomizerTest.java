package org.jiulongpo.plan.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class JsonCustomizerTest {

    record Body(Integer progressPercent, BigDecimal value, Boolean admin, String note, List<String> tags) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void aNumberOrABooleanSentAsAStringIsRefusedNamingTheField() {
        for (String json : new String[] { "{\"progressPercent\":\"10\"}", "{\"value\":\"1.5\"}", "{\"admin\":\"true\"}" }) {
            assertThatThrownBy(() -> mapper().readValue(json, Body.class)).as(json)
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).hasSize(1));
        }
    }

    @Test
    void aLoneSurrogateIsRefusedAndAPairIsKept() throws Exception {
        for (String json : new String[] { "{\"note\":\"\\ud800\"}", "{\"note\":\"a\\udc00b\"}", "{\"note\":\"\\ude00\\ud83d\"}",
                "{\"tags\":[\"ok\",\"x\\ud83d\"]}" }) {
            assertThatThrownBy(() -> mapper().readValue(json, Body.class)).as(json)
                    .isInstanceOf(InvalidFormatException.class)
                    .satisfies(e -> assertThat(((InvalidFormatException) e).getTargetType()).isEqualTo(String.class));
        }
        Body ok = mapper().readValue("{\"note\":\"\\ud83d\\ude00 长\",\"progressPercent\":10,\"value\":1.5,\"admin\":true}",
                Body.class);
        assertThat(ok.note()).isEqualTo("\uD83D\uDE00 长");
        assertThat(ok.progressPercent()).isEqualTo(10);
    }
}
