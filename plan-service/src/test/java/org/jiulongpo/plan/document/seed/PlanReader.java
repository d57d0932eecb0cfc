package org.jiulongpo.plan.document.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiulongpo.plan.document.element.ElementType;

/**
 * Reads the plan text (the seed file, one line per printed line) into its elements: the front
 * matter, 篇, 章, 节, paragraphs, 专栏 and their rows. Every rule is written out in
 * docs/data/plan.md; a text that breaks one (a missing heading, numbers out of order, a table
 * row that cannot be placed) stops the reading with the line number, rather than guessing.
 */
public final class PlanReader {

    static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十百零〇]+)篇(.*)$");
    static final Pattern CHAPTER = Pattern.compile("^第([一二三四五六七八九十百零〇]+)章(.*)$");
    static final Pattern SECTION = Pattern.compile("^第([一二三四五六七八九十百零〇]+)节(.*)$");
    static final Pattern BOX = Pattern.compile("^专栏(\\d+)(.*)$");
    private static final Pattern INTEGER = Pattern.compile("^[0-9]+$");

    /** The web page goes on after the plan with its own links; the plan ends before this line. */
    static final String PAGE_FOOTER = "扫一扫在手机打开当前页";
    /** A prose line ending otherwise was cut by the conversion (docs/data/plan.md, "Paragraphs"). */
    private static final String SENTENCE_END = "。”;:!?》)";
    /** A heading's second line is short and is no sentence (docs/data/plan.md, "Headings"). */
    private static final int HEADING_CONTINUATION_MAX = 25;

    /**
     * 专栏1 is printed after the last paragraph of 第六章, but it reviews the 13th plan's indicators
     * of the whole of 第一篇 (its groups span chapters 1 to 6), and nothing in the text closes 第六章
     * before it: it is read as sitting in 第一篇, after 第六章 (docs/data/plan.md, judgment 1).
     */
    static final Map<String, String> PARENT_OF_BOX = Map.of("box-1", "part-1");

    private final List<String> lines;
    private final List<Node> roots = new ArrayList<>();
    private final Map<String, Node> byId = new LinkedHashMap<>();
    private final int end;

    /** One element while the text is read. */
    public static final class Node {
        public final String id;
        public final ElementType kind;
        public final String num;
        public final Integer numValue;
        public final String titleZh;
        public final int from;
        public int to;
        public final Node parent;
        /** How a citation names this element after its parent's part: 第十六章 / Chapter 16, 第2段 / Paragraph 2. */
        public final String labelZh;
        public final String labelEn;
        public final List<Node> children = new ArrayList<>();

        Node(String id, ElementType kind, String num, Integer numValue, String titleZh, int from, int to, Node parent,
                String label) {
            this.id = id;
            this.kind = kind;
            this.num = num;
            this.numValue = numValue;
            this.titleZh = titleZh;
            this.from = from;
            this.to = to;
            this.parent = parent;
            String[] labels = label.split("\\|", 2);
            this.labelZh = labels[0];
            this.labelEn = labels[1];
        }

        public int depth() {
            return parent == null ? 1 : parent.depth() + 1;
        }

        public long count(ElementType wanted) {
            return children.stream().filter(c -> c.kind == wanted).count();
        }
    }

    /** What the web page says about the document above its text (lines 1 to 8). */
    public record FrontMatter(String title, String issuerFullName, String issuer, String indexNumber,
            String documentNumber, String subjectCategory, String genre, String writtenOn, String publishedOn) {
    }

    private FrontMatter frontMatter;

    private PlanReader(List<String> lines) {
        this.lines = lines;
        int footer = lines.indexOf(PAGE_FOOTER);
        if (footer < 0) {
            throw new IllegalArgumentException("the page footer line '" + PAGE_FOOTER + "' is missing");
        }
        this.end = lastNonEmptyBefore(footer + 1);
    }

    /** Reads {@code lines} (the seed split at each \n, line 1 first). */
    public static PlanReader read(List<String> lines) {
        PlanReader reader = new PlanReader(lines);
        reader.readAll();
        return reader;
    }

    /** Every element in document order: a parent before its children, children in printed order. */
    public List<Node> elements() {
        List<Node> all = new ArrayList<>();
        roots.forEach(r -> collect(r, all));
        return all;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The last line of the plan's text (the page's own links follow). */
    public int lastLine() {
        return end;
    }

    public Optional<Node> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) joined with \n: what an element's text is. */
    public String text(int from, int to) {
        return String.join("\n", lines.subList(from - 1, to));
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        node.children.forEach(c -> collect(c, into));
    }

    private String line(int n) {
        return lines.get(n - 1);
    }

    private boolean blank(int n) {
        return line(n).isBlank();
    }

    private int nextNonEmpty(int after) {
        int n = after + 1;
        while (n <= end && blank(n)) {
            n++;
        }
        return n;
    }

    private int lastNonEmptyBefore(int before) {
        int n = before - 1;
        while (n > 0 && blank(n)) {
            n--;
        }
        return n;
    }

    private boolean isHeading(int n) {
        String text = line(n);
        return PART.matcher(text).matches() || CHAPTER.matcher(text).matches() || SECTION.matcher(text).matches()
                || BOX.matcher(text).matches();
    }

    private void readAll() {
        int firstPart = 1;
        while (firstPart <= end && !PART.matcher(line(firstPart)).matches()) {
            firstPart++;
        }
        if (firstPart > end) {
            throw new IllegalArgumentException("no 篇 heading in the text");
        }
        readFront(firstPart);

        Node part = null;
        Node chapter = null;
        Node section = null;
        Node box = null;
        int n = firstPart;
        while (n <= end) {
            if (blank(n)) {
                n++;
                continue;
            }
            String text = line(n);
            Matcher m;
            if ((m = PART.matcher(text)).matches()) {
                part = heading(n, ElementType.PART, "part-", "篇", m, null, expected(roots, ElementType.PART));
                chapter = null;
                section = null;
                box = null;
                n = part.to + 1;
            } else if ((m = CHAPTER.matcher(text)).matches()) {
                requireParent(part, n, "章");
                chapter = heading(n, ElementType.CHAPTER, "chp-", "章", m, part, countAll(ElementType.CHAPTER) + 1);
                section = null;
                box = null;
                n = chapter.to + 1;
            } else if ((m = SECTION.matcher(text)).matches()) {
                requireParent(chapter, n, "节");
                section = heading(n, ElementType.SECTION, chapter.id + "/sec-", "节", m, chapter,
                        (int) chapter.count(ElementType.SECTION) + 1);
                box = null;
                n = section.to + 1;
            } else if ((m = BOX.matcher(text)).matches()) {
                Node printedIn = section != null ? section : chapter != null ? chapter : part;
                requireParent(printedIn, n, "专栏");
                box = box(n, m, printedIn);
                n = readBox(box);
            } else {
                Node parent = section != null ? section : chapter != null ? chapter : part;
                n = paragraph(n, parent) + 1;
            }
        }
    }

    private void requireParent(Node parent, int n, String what) {
        if (parent == null) {
            throw new IllegalArgumentException("line " + n + ": a " + what + " before any heading it could sit in");
        }
    }

    private int countAll(ElementType kind) {
        return (int) elements().stream().filter(e -> e.kind == kind).count();
    }

    private static int expected(List<Node> siblings, ElementType kind) {
        return (int) siblings.stream().filter(s -> s.kind == kind).count() + 1;
    }

    /** The front matter: the page's header and the document's title, then the preamble's paragraphs. */
    private void readFront(int firstPart) {
        int firstParagraph = 1;
        while (firstParagraph < firstPart && !(line(firstParagraph).endsWith("。"))) {
            firstParagraph++;
        }
        int frontEnd = lastNonEmptyBefore(firstParagraph);
        frontMatter = frontMatter(1, frontEnd);
        Node front = add(new Node("front", ElementType.FRONT_MATTER, null, null, frontMatter.title(), 1, frontEnd, null,
                "卷首|Front matter"));
        for (int n = firstParagraph; n < firstPart; n = nextNonEmpty(n)) {
            n = paragraph(n, front);
        }
    }

    private FrontMatter frontMatter(int from, int to) {
        String all = text(from, to);
        Matcher index = find("\\[ 索引号 \\] (\\S+) \\[ 发文字号 \\]([^\\n]*)", all);
        Matcher category = find("\\[ 主题分类 \\] (\\S+) \\[ 体裁分类 \\] (\\S+)", all);
        Matcher issuer = find("\\[ 发布机构 \\] (\\S+)", all);
        Matcher dates = find("\\[ 成文日期 \\] (\\S+) \\[ 发布日期 \\] (\\S+)", all);
        int lastMeta = from;
        for (int n = from; n <= to; n++) {
            if (line(n).startsWith("[ ")) {
                lastMeta = n;
            }
        }
        String title = line(nextNonEmpty(lastMeta));
        String documentNumber = index.group(2).isBlank() ? null : index.group(2).strip();
        return new FrontMatter(title, line(from).strip(), issuer.group(1), index.group(1), documentNumber,
                category.group(1), category.group(2), dates.group(1), dates.group(2));
    }

    private static Matcher find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("the front matter has no line like " + regex);
        }
        return m;
    }

    /**
     * A 篇, 章 or 节 heading. When the next line is short and no sentence, the conversion broke the
     * heading in two: both lines are the heading, and the title is the two pieces joined.
     */
    private Node heading(int n, ElementType kind, String idPrefix, String unit, Matcher m, Node parent, int expectedNumber) {
        int value = ChineseNumerals.parse(m.group(1));
        if (value != expectedNumber) {
            throw new IllegalArgumentException("line " + n + ": expected " + unit + " " + expectedNumber + ", found "
                    + line(n));
        }
        String title = m.group(2).strip();
        int to = n;
        int next = nextNonEmpty(n);
        if (next <= end && !isHeading(next) && !line(next).contains("。")
                && line(next).length() <= HEADING_CONTINUATION_MAX) {
            title = title + line(next).strip();
            to = next;
        }
        String num = "第" + m.group(1) + unit;
        String labelEn = switch (kind) {
            case PART -> "Part ";
            case CHAPTER -> "Chapter ";
            default -> "Section ";
        };
        return add(new Node(idPrefix + value, kind, num, value, title, n, to, parent, num + "|" + labelEn + value));
    }

    private Node box(int n, Matcher m, Node printedIn) {
        int value = Integer.parseInt(m.group(1));
        int expectedNumber = countAll(ElementType.BOX) + 1;
        if (value != expectedNumber) {
            throw new IllegalArgumentException("line " + n + ": expected 专栏" + expectedNumber + ", found " + line(n));
        }
        String id = "box-" + value;
        Node parent = PARENT_OF_BOX.containsKey(id) ? byId.get(PARENT_OF_BOX.get(id)) : printedIn;
        String num = "专栏" + value;
        return add(new Node(id, ElementType.BOX, num, value, m.group(2).strip(), n, n, parent, num + "|Box " + value));
    }

    /** Reads a box's rows up to the next heading; answers the line to go on from. */
    private int readBox(Node box) {
        int first = nextNonEmpty(box.from);
        int n = first;
        if (n <= end && line(n).equals("序号")) {
            n = readTable(box, n);
        }
        while (n <= end && !isHeading(n)) {
            int k = (int) box.count(ElementType.BOX_ITEM) + 1;
            String text = line(n);
            int stop = text.indexOf('。');
            add(new Node(box.id + "/item-" + k, ElementType.BOX_ITEM, null, null, stop > 0 ? text.substring(0, stop) : null,
                    n, n, box, "第" + k + "项|Item " + k));
            n = nextNonEmpty(n);
        }
        return n;
    }

    /**
     * A table whose cells the conversion put one per line: the header (序号 up to 属性), then rows,
     * each from its 序号 to the line before the next row, group heading or note. A line is a row's
     * 序号 when it is the next number in sequence and the line after it is a name (no value starts
     * with a letter of the name's kind); a group heading stands between a row's last cell (or the
     * header) and a 序号; 备注 is the table's note, a paragraph of the box.
     */
    private int readTable(Node box, int start) {
        int headerEnd = start;
        while (headerEnd <= end && !line(headerEnd).equals("属性")) {
            headerEnd = nextNonEmpty(headerEnd);
        }
        if (headerEnd > end) {
            throw new IllegalArgumentException("line " + start + ": a table header without 属性");
        }
        add(new Node(box.id + "/header", ElementType.BOX_ITEM, null, null, null, start, headerEnd, box, "表头|Table header"));
        Node row = null;
        int lastRow = 0;
        int previous = headerEnd;
        int n = nextNonEmpty(headerEnd);
        while (n <= end && !isHeading(n)) {
            String text = line(n);
            if (text.startsWith("备注")) {
                int k = (int) box.count(ElementType.PARAGRAPH) + 1;
                add(new Node(box.id + "/p-" + k, ElementType.PARAGRAPH, null, null, null, n, n, box, "第" + k + "段|Paragraph " + k));
                row = null;
            } else if (rowStarts(n, lastRow)) {
                lastRow++;
                row = add(new Node(box.id + "/item-" + text, ElementType.BOX_ITEM, text, Integer.parseInt(text),
                        line(nextNonEmpty(n)), n, n, box, "第" + text + "项|Item " + text));
            } else if (isAttributeCell(line(previous)) && rowStarts(nextNonEmpty(n), lastRow)) {
                int k = (int) box.children.stream().filter(c -> c.id.contains("/group-")).count() + 1;
                add(new Node(box.id + "/group-" + k, ElementType.BOX_ITEM, null, null, text, n, n, box, "第" + k + "组|Group " + k));
                row = null;
            } else if (row != null) {
                row.to = n;
            } else {
                throw new IllegalArgumentException("line " + n + ": a table cell outside any row: " + text);
            }
            previous = n;
            n = nextNonEmpty(n);
        }
        return n;
    }

    /** Line {@code n} is a row's 序号: the number after {@code last}, and a name follows it. */
    private boolean rowStarts(int n, int last) {
        if (n > end || !INTEGER.matcher(line(n)).matches() || Integer.parseInt(line(n)) != last + 1) {
            return false;
        }
        char first = line(nextNonEmpty(n)).charAt(0);
        return !Character.isDigit(first) && first != '#' && first != '>' && first != '<';
    }

    private static boolean isAttributeCell(String text) {
        return text.equals("属性") || text.equals("预期性") || text.equals("约束性");
    }

    /**
     * A paragraph: one line, or several when a line was cut in the middle of a sentence (it ends
     * without a sentence's closing mark and prose follows, not a heading). Answers its last line.
     */
    private int paragraph(int n, Node parent) {
        int to = n;
        while (!endsSentence(line(to))) {
            int next = nextNonEmpty(to);
            if (next > end || isHeading(next)) {
                break;
            }
            to = next;
        }
        int k = (int) parent.count(ElementType.PARAGRAPH) + 1;
        add(new Node(parent.id + "/p-" + k, ElementType.PARAGRAPH, null, null, null, n, to, parent, "第" + k + "段|Paragraph " + k));
        return to;
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private Node add(Node node) {
        if (byId.put(node.id, node) != null) {
            throw new IllegalArgumentException("line " + node.from + ": a second element " + node.id);
        }
        if (node.parent == null) {
            roots.add(node);
        } else {
            node.parent.children.add(node);
        }
        return node;
    }
}
