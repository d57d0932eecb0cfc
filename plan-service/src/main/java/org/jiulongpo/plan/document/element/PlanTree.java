package org.jiulongpo.plan.document.element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole document as loaded at one data version: every element in document order, each with
 * its parent and children. Immutable once built, so it is shared by every request that sees
 * the same version.
 */
public final class PlanTree {

    /** An element with its place in the tree. */
    public static final class Node {
        private final PlanElement element;
        private final Node parent;
        private final List<Node> children = new ArrayList<>();

        Node(PlanElement element, Node parent) {
            this.element = element;
            this.parent = parent;
        }

        public PlanElement element() {
            return element;
        }

        public Optional<Node> parent() {
            return Optional.ofNullable(parent);
        }

        public List<Node> children() {
            return Collections.unmodifiableList(children);
        }

        /** This element and everything inside it, in document order. */
        public List<Node> subtree() {
            List<Node> all = new ArrayList<>();
            collect(this, all);
            return all;
        }

        /** The top-level element first, this one last. */
        public List<Node> ancestry() {
            List<Node> path = new ArrayList<>();
            for (Node n = this; n != null; n = n.parent) {
                path.add(0, n);
            }
            return path;
        }

        private static void collect(Node node, List<Node> into) {
            into.add(node);
            node.children.forEach(c -> collect(c, into));
        }
    }

    private final long version;
    private final PlanDocument document;
    private final List<Node> inOrder;
    private final List<Node> roots;
    private final Map<String, Node> byId;

    /** {@code elements} in document order; a parent always comes before its children. */
    public PlanTree(long version, PlanDocument document, List<PlanElement> elements) {
        this.version = version;
        this.document = document;
        Map<String, Node> index = new HashMap<>();
        List<Node> ordered = new ArrayList<>(elements.size());
        List<Node> top = new ArrayList<>();
        for (PlanElement e : elements) {
            Node parent = e.parentId == null ? null : index.get(e.parentId);
            if (e.parentId != null && parent == null) {
                throw new IllegalStateException("element " + e.id + " comes before its parent " + e.parentId);
            }
            Node node = new Node(e, parent);
            (parent == null ? top : parent.children).add(node);
            index.put(e.id, node);
            ordered.add(node);
        }
        this.inOrder = List.copyOf(ordered);
        this.roots = List.copyOf(top);
        this.byId = Map.copyOf(index);
    }

    public long version() {
        return version;
    }

    public PlanDocument document() {
        return document;
    }

    public List<Node> inOrder() {
        return inOrder;
    }

    public List<Node> roots() {
        return roots;
    }

    public Optional<Node> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
