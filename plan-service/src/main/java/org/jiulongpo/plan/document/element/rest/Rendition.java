package org.jiulongpo.plan.document.element.rest;

import org.jiulongpo.plan.common.problem.ProblemException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The renditions of an element: {@code ?format=} wins over {@code Accept}; JSON when neither says. */
enum Rendition {
    JSON, HTML, TEXT;

    static final String HTML_TYPE = "text/html; charset=UTF-8";
    static final String TEXT_TYPE = "text/plain; charset=UTF-8";

    static Rendition of(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "json" -> JSON;
                case "html" -> HTML;
                case "text" -> TEXT;
                default -> throw ProblemException.invalid("format", "must be json, html or text");
            };
        }
        // most preferred first (quality, then specificity), as JAX-RS orders them
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.getType().equals("application")) {
                return JSON;
            }
            if (type.getType().equals("text")) {
                return type.getSubtype().equals("plain") ? TEXT : HTML;
            }
        }
        return JSON;
    }
}
