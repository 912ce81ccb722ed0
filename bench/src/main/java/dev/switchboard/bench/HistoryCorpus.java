package dev.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic customer-service chats for the history benchmark, from the few hundred sentences of
 * {@code history-corpus.txt}: a chat has a topic (pre-sales, refund, repair, invoice, delivery,
 * complaint, account), is Chinese or (one in seven) English, and alternates the visitor's and the
 * agent's lines of its topic with everyday ones (greetings, thanks, "请稍等"), with the chat's own
 * order number, product and carrier filled in. Deterministic for a given {@link Random}.
 */
final class HistoryCorpus {

    enum Topic {
        PRESALES(30, "售前咨询 Pre-sales"), REFUND(18, "订单与物流 Orders"), REPAIR(15, "售后维修 Repairs"),
        INVOICE(10, "订单与物流 Orders"), DELIVERY(17, "订单与物流 Orders"), COMPLAINT(4, "售后维修 Repairs"),
        ACCOUNT(6, "售前咨询 Pre-sales");

        final int weight;
        /** What the visitor picked in the demo's pre-chat form. */
        final String question;

        Topic(int weight, String question) {
            this.weight = weight;
            this.question = question;
        }

        boolean presales() {
            return this == PRESALES || this == ACCOUNT;
        }
    }

    /** One line of a chat: the visitor's or the agent's text, or an agent's internal note. */
    record Line(boolean fromVisitor, boolean note, String text) {
    }

    record Chat(Topic topic, boolean english, List<Line> lines) {
    }

    /** The rare product: one chat in about {@link #RARE_ONE_IN} names it. */
    static final String RARE_PRODUCT_ZH = "星云 Nebula N9 净化器";
    static final int RARE_ONE_IN = 2_000;

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final String[] PRODUCTS_ZH = {"Aurora A7 空气净化器", "Aurora A7 空气净化器", "Aurora A7 空气净化器", "Aurora X1 空气净化器",
            "Aurora X1 空气净化器", "H2 加湿器", "D5 除湿机", "F3 滤网", "M1 迷你净化器", "车载净化器 C2"};
    private static final String[] PRODUCTS_EN = {"Aurora A7 air purifier", "Aurora A7 air purifier", "Aurora X1 air purifier", "H2 humidifier",
            "D5 dehumidifier", "F3 filter", "M1 mini purifier", "C2 car purifier"};
    private static final String[] CITIES_ZH = {"上海", "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "西安", "苏州", "重庆", "天津"};
    private static final String[] CITIES_EN = {"Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Hong Kong", "Singapore"};
    private static final String[] CARRIERS_ZH = {"顺丰", "京东物流", "中通", "圆通", "韵达", "EMS"};
    private static final String[] CARRIERS_EN = {"SF Express", "JD Logistics", "ZTO", "EMS"};
    private static final String[] COMPANIES = {"上海晨星科技有限公司", "北京远航贸易有限公司", "深圳市蓝海电子有限公司", "杭州绿源环保科技有限公司",
            "成都天府文化传媒有限公司", "Acme Trading Ltd"};

    private final Map<String, List<String>> sections;
    private final int totalWeight;

    private HistoryCorpus(Map<String, List<String>> sections) {
        this.sections = sections;
        int sum = 0;
        for (Topic topic : Topic.values()) {
            sum += topic.weight;
        }
        this.totalWeight = sum;
    }

    static HistoryCorpus load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = HistoryCorpus.class.getResourceAsStream("/history-corpus.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), key -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HistoryCorpus(sections);
    }

    int sentences() {
        return sections.values().stream().mapToInt(List::size).sum();
    }

    /** The {@code index}-th chat, with {@code textLines} lines of text (visitor first, then by turns). */
    Chat chat(Random random, long index, int textLines) {
        Topic topic = topic(random);
        boolean english = random.nextInt(7) == 0;
        String language = english ? "en" : "zh";
        String order = orderNumber(index);
        String product = random.nextInt(RARE_ONE_IN) == 0 ? (english ? "Nebula N9 purifier" : RARE_PRODUCT_ZH)
                : pick(random, english ? PRODUCTS_EN : PRODUCTS_ZH);
        String city = pick(random, english ? CITIES_EN : CITIES_ZH);
        String carrier = pick(random, english ? CARRIERS_EN : CARRIERS_ZH);
        String company = pick(random, COMPANIES);
        Function<String, String> slots = name -> switch (name) {
            case "order" -> order;
            case "product" -> product;
            case "city" -> city;
            case "express" -> carrier;
            case "company" -> company;
            case "amount" -> Integer.toString(199 + random.nextInt(3800));
            case "days" -> Integer.toString(1 + random.nextInt(7));
            case "tracking" -> "SF" + (100_000_000_000L + (long) (random.nextDouble() * 899_999_999_999L));
            case "taxid" -> "91310" + (1_000_000_000_000L + (long) (random.nextDouble() * 8_999_999_999_999L));
            default -> throw new IllegalArgumentException("no slot " + name);
        };
        String topicKey = topic.name().toLowerCase(java.util.Locale.ROOT);
        List<Line> lines = new ArrayList<>(textLines);
        for (int i = 0; i < textLines; i++) {
            boolean visitor = i % 2 == 0;
            String who = visitor ? "visitor" : "agent";
            boolean edge = i < 2 || i >= textLines - 2;
            // greetings at the start, thanks at the end, the topic in between with some small talk
            boolean everyday = edge ? random.nextInt(3) > 0 : random.nextInt(10) < 3;
            if (!visitor && !english && random.nextInt(60) == 0) {
                lines.add(new Line(false, true, fill(pick(random, sections.get("any note zh")), slots)));
                continue;
            }
            String key = (everyday ? "any" : topicKey) + " " + who + " " + language;
            lines.add(new Line(visitor, false, fill(pick(random, sections.get(key)), slots)));
        }
        return new Chat(topic, english, lines);
    }

    /** A chat's order number: one per chat, e.g. SB2601234567. */
    static String orderNumber(long index) {
        return String.format("SB26%08d", (index * 7_919L) % 100_000_000L);
    }

    private Topic topic(Random random) {
        int at = random.nextInt(totalWeight);
        for (Topic topic : Topic.values()) {
            at -= topic.weight;
            if (at < 0) {
                return topic;
            }
        }
        return Topic.PRESALES;
    }

    private static String fill(String template, Function<String, String> slots) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(slots.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
