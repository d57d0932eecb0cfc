package org.jiulongpo.plan.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as the contract promises it: decimals in plain notation (50, never 5E+1), and a body
 * that repeats a field, sends a float where an integer belongs, a string where a number or a
 * boolean belongs ({@code "10"} for 10), or a string with a lone UTF-16 surrogate is refused,
 * not guessed at. A lone surrogate is no character: PostgreSQL's UTF-8 would store it as "?".
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** The message of a refused lone surrogate; ProblemMappers names the field with it. */
    public static final String LONE_SURROGATE = "must not contain a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("well-formed-strings").addDeserializer(String.class, new WellFormedStrings()));
    }

    /** Jackson's own string reading, then a check that every surrogate is half of a pair. */
    static final class WellFormedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && hasLoneSurrogate(value)) {
                throw ctxt.weirdStringException(value, String.class, LONE_SURROGATE);
            }
            return value;
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
