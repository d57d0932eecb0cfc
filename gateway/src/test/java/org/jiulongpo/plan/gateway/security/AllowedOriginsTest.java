package org.jiulongpo.plan.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    @Test
    void listsAndPatternsThatLetTheOpaqueOriginNullInAreRefused() {
        assertThat(AllowedOrigins.refused(List.of("*"))).contains("'*'");
        assertThat(AllowedOrigins.refused(List.of("https://plan.example", "null"))).contains("never allowed");
        assertThat(AllowedOrigins.refused(List.of("/.*/"))).contains("matches the opaque origin null");
        assertThat(AllowedOrigins.refused(List.of("/[a-z]+/"))).contains("matches");
    }

    @Test
    void theDefaultAndPlainListsPass() {
        assertThat(AllowedOrigins.refused(List.of("/https://[^/]+/"))).isNull();
        assertThat(AllowedOrigins.refused(List.of("https://plan.example", "http://localhost:3000"))).isNull();
        assertThat(AllowedOrigins.refused(List.of())).isNull();
    }
}
