package org.jiulongpo.plan.projects.feed.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.KeysetPaging;
import org.jiulongpo.plan.projects.changelog.ChangeEvent;
import org.jiulongpo.plan.projects.changelog.service.ChangeLog;
import org.jiulongpo.plan.projects.feed.mapping.ChangeMapper;
import org.jiulongpo.plan.projects.feed.rest.ChangePage;
import org.jiulongpo.plan.projects.status.StatusUpdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads the change feed: two statements per page, whatever its size. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeedService {

    private final EntityManager em;
    private final ChangeLog changeLog;

    public ChangeFeedService(EntityManager em, ChangeLog changeLog) {
        this.em = em;
        this.changeLog = changeLog;
    }

    /** The sequence number of the latest change; the feed is append-only, so it versions every page. */
    public long lastSeq() {
        Long max = em.createQuery("select max(e.seq) from ChangeEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Up to {@code limit} changes after {@code seq}, in order, and the cursor to continue from. */
    public ChangePage page(long seq, int limit) {
        // range is inclusive: one row more than the page, which only says whether more exist
        KeysetPaging.Slice<ChangeEvent> page = KeysetPaging.slice(
                ChangeEvent.<ChangeEvent>find("seq > ?1 order by seq", seq).range(0, limit).list(), limit);
        List<Long> updateIds = page.items().stream().map(e -> e.statusUpdateId).filter(Objects::nonNull).toList();
        Map<Long, StatusUpdate> updates = new HashMap<>();
        if (!updateIds.isEmpty()) {
            StatusUpdate.<StatusUpdate>list("id in ?1", updateIds).forEach(u -> updates.put(u.id, u));
        }
        long next = page.items().isEmpty() ? seq : page.last().seq;
        return new ChangePage(page.items().stream()
                .map(e -> ChangeMapper.toView(e, changeLog.snapshot(e), updates.get(e.statusUpdateId)))
                .toList(), Cursors.encode(Long.toString(next)), page.more());
    }
}
