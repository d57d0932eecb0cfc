package org.jiulongpo.plan.document.element.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jiulongpo.plan.common.cache.PerDataVersion;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.KeysetPaging;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.document.element.ElementIds;
import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.element.PlanDocument;
import org.jiulongpo.plan.document.element.PlanElement;
import org.jiulongpo.plan.document.element.PlanTree;
import org.jiulongpo.plan.document.element.mapping.AncestryView;
import org.jiulongpo.plan.document.element.mapping.ContentsView;
import org.jiulongpo.plan.document.element.mapping.DocumentView;
import org.jiulongpo.plan.document.element.mapping.ElementMapper;
import org.jiulongpo.plan.document.element.mapping.ElementRenditions;
import org.jiulongpo.plan.document.element.mapping.ElementSearchResults;
import org.jiulongpo.plan.document.element.mapping.ElementView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads the plan document. The text changes only through migrations, and every change raises a
 * row's version, so the loaded tree is kept for as long as the data version in PostgreSQL stays
 * the same: one small query per request, and every instance answers from the same version.
 *
 * <p>Every answer carries that data version for its ETag: an element's body includes its
 * children, ancestry and citation, which other rows decide, so its own row version would not do.
 * The body itself is built only when asked for, so a 304 costs the version query alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    /** The deepest level of the table of contents: a 专栏 inside a 节. */
    public static final int CONTENTS_DEPTH = 4;

    /** An answer and the data version it was read at. */
    public record Read<T>(long version, Supplier<T> body) {
    }

    /** List filters; null means "any". {@code within}: that element and everything printed in it, at any depth. */
    public record Filter(ElementType type, String parent, String within, SearchQuery q, OffsetDateTime updatedSince) {
    }

    private final PerDataVersion<PlanTree> trees = new PerDataVersion<>();
    private final PlanSearch search;

    public PlanService(PlanSearch search) {
        this.search = search;
    }

    public Read<DocumentView> document(Lang lang) {
        PlanTree tree = tree();
        return new Read<>(tree.version(), () -> ElementMapper.toDocument(tree, lang));
    }

    public Read<ContentsView> contents(int depth, Lang lang) {
        PlanTree tree = tree();
        return new Read<>(tree.version(), () -> ElementMapper.toContents(tree, depth, lang));
    }

    public Read<ElementView> element(String id, Lang lang) {
        Found found = find(id);
        return new Read<>(found.version(), () -> ElementMapper.toView(found.node(), lang));
    }

    public Read<String> html(String id) {
        Found found = find(id);
        return new Read<>(found.version(), () -> ElementRenditions.html(found.node()));
    }

    public Read<String> text(String id) {
        Found found = find(id);
        return new Read<>(found.version(), () -> ElementRenditions.text(found.node()));
    }

    public Read<AncestryView> ancestry(String id, Lang lang) {
        Found found = find(id);
        return new Read<>(found.version(), () -> ElementMapper.toAncestry(found.node(), lang));
    }

    /**
     * Elements in document order, filtered, one page after {@code cursor}. A parent (or within)
     * that is no element's id gives an empty page: a filter names what to keep, it does not look
     * anything up.
     */
    public Read<Page<ElementView>> list(Filter filter, String cursor, int limit, Lang lang) {
        PlanTree tree = tree();
        return new Read<>(tree.version(), () -> {
            Set<String> found = filter.q() == null ? null : search.matching(filter.q());
            Set<PlanTree.Node> inside = filter.within() == null ? null
                    : tree.find(filter.within()).map(n -> Set.copyOf(n.subtree())).orElse(Set.of());
            List<PlanTree.Node> matching = tree.inOrder().stream()
                    .filter(n -> matches(n.element(), filter) && (found == null || found.contains(n.element().id))
                            && (inside == null || inside.contains(n)))
                    .toList();
            return KeysetPaging.page(matching, PlanService::sortKey, cursor, limit).map(n -> ElementMapper.toView(n, lang));
        });
    }

    /** The best {@code limit} elements for {@code q}, with their rank and snippet. */
    public Read<ElementSearchResults> search(SearchQuery q, int limit, Lang lang) {
        PlanTree tree = tree();
        return new Read<>(tree.version(), () -> {
            List<ElementSearchResults.Hit> hits = new ArrayList<>();
            search.ranked(q, limit).forEach((id, rank) -> tree.find(id)
                    .ifPresent(n -> hits.add(ElementMapper.toHit(n.element(), rank, q, lang))));
            return new ElementSearchResults(q.text(), hits);
        });
    }

    private static boolean matches(PlanElement e, Filter filter) {
        return (filter.type() == null || e.type == filter.type())
                && (filter.parent() == null || filter.parent().equals(e.parentId))
                && (filter.updatedSince() == null || e.updatedAt.isAfter(filter.updatedSince()));
    }

    /** Document order, zero-padded so that the text order of keys is the document order. */
    static String sortKey(PlanTree.Node node) {
        return String.format("%06d", node.element().documentOrder);
    }

    private record Found(long version, PlanTree.Node node) {
    }

    private Found find(String id) {
        if (!ElementIds.wellFormed(id)) {
            throw notFound(id);
        }
        PlanTree tree = tree();
        return new Found(tree.version(), tree.find(id).orElseThrow(() -> notFound(id)));
    }

    static ProblemException notFound(String id) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        return ProblemException.notFound("No element of the plan has the id '" + shown + "'");
    }

    private PlanTree tree() {
        long version = dataVersion();
        return trees.get(version, () -> new PlanTree(version, PlanDocument.<PlanDocument>findAll().firstResult(),
                PlanElement.<PlanElement>list("order by documentOrder")));
    }

    /** Moves with every migration that changes the text: the version part of every ETag. */
    long dataVersion() {
        Object[] row = (Object[]) PlanElement.getEntityManager().createQuery(
                "select coalesce(sum(e.version), 0), count(e), (select coalesce(sum(d.version), 0) from PlanDocument d) "
                        + "from PlanElement e").getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue() + ((Number) row[2]).longValue();
    }
}
