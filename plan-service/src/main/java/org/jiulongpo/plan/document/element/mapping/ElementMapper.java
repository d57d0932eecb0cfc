package org.jiulongpo.plan.document.element.mapping;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.element.PlanDocument;
import org.jiulongpo.plan.document.element.PlanElement;
import org.jiulongpo.plan.document.element.PlanTree;

/** Builds the records the API answers with from the loaded document. */
public final class ElementMapper {

    private ElementMapper() {
    }

    public static ElementView toView(PlanTree.Node node, Lang lang) {
        PlanElement e = node.element();
        return new ElementView(e.id, e.type, e.num, e.numValue, lang.pick(e.titleZh, e.titleEn), e.titleZh,
                e.titleEn, e.textZh, lines(e), e.parentId,
                node.children().stream().map(c -> c.element().id).toList(), e.siblingOrder, e.depth,
                lang.pick(e.citationZh, e.citationEn), e.citationZh, e.citationEn, e.damageNote, e.updatedAt,
                e.version);
    }

    /** A search hit: the snippet comes from the chosen language's title first, then the other, then the text. */
    public static ElementSearchResults.Hit toHit(PlanElement e, double rank, SearchQuery q, Lang lang) {
        String snippet = lang == Lang.EN ? q.snippet(e.titleEn, e.titleZh, e.num, e.textZh)
                : q.snippet(e.titleZh, e.titleEn, e.num, e.textZh);
        return new ElementSearchResults.Hit(e.id, e.type, e.num, lang.pick(e.titleZh, e.titleEn), e.titleZh, e.titleEn,
                lang.pick(e.citationZh, e.citationEn), rank, snippet);
    }

    public static AncestryView toAncestry(PlanTree.Node node, Lang lang) {
        return new AncestryView(node.ancestry().stream().map(n -> toView(n, lang)).toList());
    }

    /** The headings and boxes down to {@code depth}; the front matter and the 篇 are depth 1. */
    public static ContentsView toContents(PlanTree tree, int depth, Lang lang) {
        PlanDocument d = tree.document();
        return new ContentsView(lang.pick(d.titleZh, d.titleEn), d.titleZh, d.titleEn, depth,
                entries(tree.roots(), depth, lang));
    }

    private static List<ContentsView.Entry> entries(List<PlanTree.Node> nodes, int depth, Lang lang) {
        return nodes.stream().filter(n -> n.element().type.inContents()).map(n -> {
            PlanElement e = n.element();
            List<ContentsView.Entry> children = e.depth < depth ? entries(n.children(), depth, lang) : null;
            return new ContentsView.Entry(e.id, e.type, e.num, e.numValue, lang.pick(e.titleZh, e.titleEn), e.titleZh,
                    e.titleEn, lines(e), children);
        }).toList();
    }

    public static DocumentView toDocument(PlanTree tree, Lang lang) {
        PlanDocument d = tree.document();
        Map<ElementType, Integer> counts = new EnumMap<>(ElementType.class);
        tree.inOrder().forEach(n -> counts.merge(n.element().type, 1, Integer::sum));
        PlanElement front = tree.roots().get(0).element();
        return new DocumentView(lang.pick(d.titleZh, d.titleEn), d.titleZh, d.titleEn,
                new DocumentView.Issuer(lang.pick(d.issuerZh, d.issuerEn), d.issuerZh, d.issuerEn, d.issuerShortZh),
                d.writtenOn, d.publishedOn, d.indexNumber, d.documentNumber, d.subjectCategoryZh, d.genreZh,
                d.sourceUrl, new DocumentView.Source(d.sourceFile, new ElementView.PlanLines(d.lineFrom, d.lineTo)),
                lang.pick(front.citationZh, front.citationEn), front.citationZh, front.citationEn,
                Arrays.stream(ElementType.values())
                        .map(t -> new DocumentView.TypeCount(t, counts.getOrDefault(t, 0))).toList(),
                tree.inOrder().size(), d.updatedAt, d.version);
    }

    private static ElementView.PlanLines lines(PlanElement e) {
        return new ElementView.PlanLines(e.lineFrom, e.lineTo);
    }
}
