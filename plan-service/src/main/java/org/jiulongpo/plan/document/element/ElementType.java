package org.jiulongpo.plan.document.element;

import org.jiulongpo.plan.common.codes.CodedValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an element of the plan is: its front matter, a 篇, 章 or 节, a paragraph, a 专栏 or one of its rows. */
@Schema(name = "PlanElementType")
public enum ElementType implements CodedValue {
    FRONT_MATTER("卷首", "Front matter"),
    PART("篇", "Part"),
    CHAPTER("章", "Chapter"),
    SECTION("节", "Section"),
    PARAGRAPH("段", "Paragraph"),
    BOX("专栏", "Box"),
    BOX_ITEM("专栏项", "Box item");

    private final String labelZh;
    private final String labelEn;

    ElementType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @JsonValue
    @Override
    public String code() {
        return CodedValue.wire(this);
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The types the table of contents shows: the headings and the boxes, not the text under them. */
    public boolean inContents() {
        return this != PARAGRAPH && this != BOX_ITEM;
    }
}
