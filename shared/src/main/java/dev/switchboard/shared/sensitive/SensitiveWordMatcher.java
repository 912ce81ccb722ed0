package dev.switchboard.shared.sensitive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Finds which of a list of words occur in a text, as substrings: Chinese has no spaces between
 * words, so 退款 is found in 我要退款. One pass over the text whatever the number of words (an
 * Aho–Corasick automaton), so the backend can check every message. Letters are compared without
 * case and full-width forms (ＡＢＣ, used by Chinese input methods) as their ASCII ones. Immutable
 * and thread-safe; both the backend and the workstation use it, so they agree on what matches.
 */
public final class SensitiveWordMatcher {

    public static final SensitiveWordMatcher EMPTY = new SensitiveWordMatcher(List.of());

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        /** The word that ends here, as it was given; null if none. */
        String word;
        /** The nearest node along the failure links with a word: shorter words ending at the same place. */
        Node output;
    }

    private final Node root = new Node();
    private final boolean empty;

    public SensitiveWordMatcher(Collection<String> words) {
        boolean any = false;
        for (String word : words) {
            if (word == null || word.isBlank()) {
                continue;
            }
            String given = word.strip();
            Node node = root;
            for (int i = 0; i < given.length(); i++) {
                node = node.next.computeIfAbsent(fold(given.charAt(i)), c -> new Node());
            }
            if (node.word == null) {
                node.word = given;
            }
            any = true;
        }
        this.empty = !any;
        link();
    }

    /** Breadth first: a node's failure link is the longest proper suffix of its path that is also a path. */
    private void link() {
        Queue<Node> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.remove();
            node.output = node.fail.word != null ? node.fail : node.fail.output;
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node fail = node.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                Node target = fail.next.get(edge.getKey());
                edge.getValue().fail = target != null && target != edge.getValue() ? target : root;
                queue.add(edge.getValue());
            }
        }
    }

    /** The words that occur in {@code text}, each once, in the order they are first found. */
    public List<String> find(String text) {
        if (empty || text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (Node match = node.word != null ? node : node.output; match != null; match = match.output) {
                found.add(match.word);
            }
        }
        return new ArrayList<>(found);
    }

    public boolean isEmpty() {
        return empty;
    }

    /**
     * The form in which the matcher compares a word: stripped, lower case, full-width forms as
     * ASCII. Two words with the same key match the same texts, so a list keeps one of them.
     */
    public static String key(String word) {
        String given = word == null ? "" : word.strip();
        StringBuilder folded = new StringBuilder(given.length());
        for (int i = 0; i < given.length(); i++) {
            folded.append(fold(given.charAt(i)));
        }
        return folded.toString();
    }

    /** Lower case, and full-width ASCII forms (U+FF01 to U+FF5E) as ASCII. */
    private static char fold(char c) {
        char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return Character.toLowerCase(ascii);
    }
}
