package org.jiulongpo.plan.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class CommonComponentsTest {

    final CommonComponents filter = new CommonComponents();

    @Test
    void aPublicReadDeclaresItsTagLanguageCorrelationIdAnd406AndNeedsNoToken() {
        Operation read = operation(List.of(header("If-None-Match"), header("Accept-Language")), "200");
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        filter.filterOperation(read);
        assertThat(read.getResponses().getAPIResponse("200").getHeaders())
                .containsOnlyKeys("X-Correlation-Id", "ETag", "Content-Language");
        assertThat(read.getResponses().getAPIResponse("304").getHeaders()).as("a reference keeps its own").isNull();
        assertThat(read.getResponses().getAPIResponse("406").getRef()).isEqualTo("#/components/responses/NotAcceptable");
        assertThat(read.getSecurity()).isNotNull().isEmpty();
    }

    @Test
    void anIdempotentCreateDeclaresReplaysButNoTagAndKeepsItsSecurity() {
        Operation create = operation(List.of(header("If-Match"), header("Idempotency-Key")), "201");
        create.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", "project-reporter"));
        filter.filterOperation(create);
        assertThat(create.getResponses().getAPIResponse("201").getHeaders())
                .containsOnlyKeys("X-Correlation-Id", "Idempotent-Replayed");
        assertThat(create.getSecurity()).hasSize(1);
    }

    @Test
    void anAnswerWithoutABodyIsNever406() {
        Operation remove = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("204", OASFactory.createAPIResponse().description("Removed")));
        filter.filterOperation(remove);
        assertThat(remove.getResponses().hasAPIResponse("406")).isFalse();
    }

    @Test
    void limitAndQHaveTheBoundsTheirParsersEnforce() {
        Parameter limit = filter.filterParameter(query("limit"));
        assertThat(limit.getSchema().getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(limit.getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(500));
        assertThat(filter.filterParameter(query("q")).getSchema().getMaxLength()).isEqualTo(100);
        assertThat(filter.filterParameter(query("cursor")).getSchema()).isNull();
    }

    @Test
    void multipleOfIsDropped() {
        Schema value = OASFactory.createSchema().addType(Schema.SchemaType.NUMBER).multipleOf(new BigDecimal("0.000001"));
        assertThat(filter.filterSchema(value).getMultipleOf()).isNull();
    }

    private static Operation operation(List<Parameter> parameters, String status) {
        Content json = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        APIResponse ok = OASFactory.createAPIResponse().description("ok").content(json);
        return OASFactory.createOperation().parameters(parameters)
                .responses(OASFactory.createAPIResponses().addAPIResponse(status, ok));
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY);
    }
}
