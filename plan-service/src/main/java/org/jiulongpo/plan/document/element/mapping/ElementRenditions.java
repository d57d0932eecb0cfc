package org.jiulongpo.plan.document.element.mapping;

import java.util.List;
import java.util.stream.Collectors;

import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.element.PlanElement;
import org.jiulongpo.plan.document.element.PlanTree;

/**
 * The element and everything printed inside it, as a reader wants it: HTML (a small document,
 * lang="zh", every text escaped, no script or style; void elements closed, so that it also parses
 * as XML) or plain text (the printed lines, so a
 * part's text is the plan text from its heading to its last line).
 */
public final class ElementRenditions {

    static final String ELEMENTS_PATH = "/api/v1/plan/elements/";

    private ElementRenditions() {
    }

    /** The texts of the subtree in document order, one empty line between two, as the plan text has them. */
    public static String text(PlanTree.Node node) {
        return node.subtree().stream().map(n -> n.element().textZh).collect(Collectors.joining("\n\n", "", "\n"));
    }

    public static String html(PlanTree.Node node) {
        PlanElement e = node.element();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(e.titleZh == null && e.num == null ? e.citationZh : heading(e)))
                .append("</title>\n</head>\n<body>\n");
        List<PlanTree.Node> above = node.ancestry().subList(0, node.ancestry().size() - 1);
        if (!above.isEmpty()) {
            html.append("<nav aria-label=\"所在位置\">\n<ol>\n");
            for (PlanTree.Node n : above) {
                html.append("<li><a href=\"").append(escape(link(n.element()))).append("\">")
                        .append(escape(heading(n.element()))).append("</a></li>\n");
            }
            html.append("</ol>\n</nav>\n");
        }
        html.append("<article id=\"").append(escape(e.id)).append("\">\n");
        body(node, 1, html);
        html.append("<footer>\n<p><cite>").append(escape(e.citationZh)).append("</cite></p>\n<p lang=\"en\"><cite>")
                .append(escape(e.citationEn)).append("</cite></p>\n</footer>\n</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void body(PlanTree.Node node, int level, StringBuilder html) {
        PlanElement e = node.element();
        boolean root = level == 1;
        if (e.type == ElementType.PARAGRAPH || e.type == ElementType.BOX_ITEM) {
            html.append("<p").append(root ? "" : " id=\"" + escape(e.id) + "\"").append(" class=\"")
                    .append(e.type.code()).append("\">").append(lines(e.textZh)).append("</p>\n");
            damage(e, html);
            return;
        }
        String wrapper = e.type == ElementType.BOX ? "aside" : "section";
        if (!root) {
            html.append('<').append(wrapper).append(" id=\"").append(escape(e.id)).append("\">\n");
        }
        int h = Math.min(level, 6);
        html.append("<h").append(h).append('>').append(escape(heading(e))).append("</h").append(h).append(">\n");
        if (e.titleEn != null) {
            html.append("<p class=\"title-en\" lang=\"en\">").append(escape(e.titleEn)).append("</p>\n");
        }
        damage(e, html);
        for (PlanTree.Node child : node.children()) {
            body(child, level + 1, html);
        }
        if (!root) {
            html.append("</").append(wrapper).append(">\n");
        }
    }

    private static void damage(PlanElement e, StringBuilder html) {
        if (e.damageNote != null) {
            html.append("<p class=\"damage-note\" lang=\"en\">").append(escape(e.damageNote)).append("</p>\n");
        }
    }

    /** The printed lines of a text, one per line of HTML; the empty lines of the conversion are left out. */
    private static String lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(ElementRenditions::escape).collect(Collectors.joining("<br/>"));
    }

    private static String heading(PlanElement e) {
        if (e.num == null) {
            return e.titleZh;
        }
        return e.titleZh == null ? e.num : e.num + " " + e.titleZh;
    }

    private static String link(PlanElement e) {
        return ELEMENTS_PATH + e.id + "?format=html";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
