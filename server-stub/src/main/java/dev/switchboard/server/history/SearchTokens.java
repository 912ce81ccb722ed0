package dev.switchboard.server.history;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts text into the words the history is searched by, with Lucene's analyzers: Unicode word
 * breaks (UAX #29) for every script, full-width Latin and half-width katakana folded, lower case,
 * and Chinese, Japanese and Korean runs cut into overlapping pairs of characters (bigrams), so that
 * 退款 is found inside 我想申请退款可以吗 without a dictionary (ADR 0014). Indexing also keeps each
 * CJK character alone, so a one-character search finds it. Thread-safe.
 */
final class SearchTokens {

    /** Longer tokens (a pasted URL) are cut to this, in the index and in searches alike. */
    static final int MAX_TOKEN = 64;

    private static final Analyzer INDEXING = analyzer(true);
    private static final Analyzer SEARCHING = analyzer(false);

    private SearchTokens() {
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(words);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                        | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(words, stream);
            }
        };
    }

    /** Every token a chat's text holds, each once: what the index stores. */
    static Set<String> forIndex(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        run(INDEXING, text, tokens);
        return tokens;
    }

    /**
     * The tokens one searched term must have in the index: bigrams for a CJK run of two or more
     * characters, the character for one alone, words for the rest. Empty for a term of punctuation.
     */
    static List<String> forSearch(String term) {
        Set<String> tokens = new LinkedHashSet<>();
        run(SEARCHING, term, tokens);
        return new ArrayList<>(tokens);
    }

    /** The words of a search: what is separated by white space, each found as written (case aside). */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            String term = part.toLowerCase(Locale.ROOT);
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static void run(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(term.length() > MAX_TOKEN ? term.subSequence(0, MAX_TOKEN).toString() : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }
}
