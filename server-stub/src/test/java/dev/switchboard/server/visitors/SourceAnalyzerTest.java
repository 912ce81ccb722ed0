package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real referrer URLs, as browsers send them, and what a call center wants to read from them. */
class SourceAnalyzerTest {

    private static final String SHOP = "https://shop.example.cn/products/aurora-x1";
    private final SourceAnalyzer analyzer = new SourceAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://www.baidu.com/s?wd=%E7%A9%BA%E6%B0%94%E5%87%80%E5%8C%96%E5%99%A8                           | SEARCH   | baidu      | 空气净化器
            https://www.baidu.com/s?ie=utf-8&f=8&rsv_bp=1&wd=%E9%99%A4%E7%94%B2%E9%86%9B&rsv_idx=1             | SEARCH   | baidu      | 除甲醛
            https://m.baidu.com/s?word=%E5%87%80%E5%8C%96%E5%99%A8+%E6%8E%A8%E8%8D%90                          | SEARCH   | baidu      | 净化器 推荐
            https://www.baidu.com/s?ie=gbk&wd=%BF%D5%C6%F8%BE%BB%BB%AF%C6%F7                                    | SEARCH   | baidu      | 空气净化器
            https://www.baidu.com/link?url=abc123                                                              | SEARCH   | baidu      | -
            https://www.sogou.com/web?query=%E5%8A%A0%E6%B9%BF%E5%99%A8&ie=utf8                                | SEARCH   | sogou      | 加湿器
            https://m.sogou.com/web/searchList.jsp?keyword=%E6%BB%A4%E7%BD%91                                  | SEARCH   | sogou      | 滤网
            https://www.so.com/s?ie=utf-8&src=360sou_newhome&q=%E7%A9%BA%E6%B0%94%E5%87%80%E5%8C%96%E5%99%A8  | SEARCH   | 360        | 空气净化器
            https://m.sm.cn/s?q=%E5%87%80%E5%8C%96%E5%99%A8%E5%93%AA%E4%B8%AA%E5%A5%BD&from=smor               | SEARCH   | shenma     | 净化器哪个好
            https://yz.m.sm.cn/s?q=pm2.5                                                                       | SEARCH   | shenma     | pm2.5
            https://cn.bing.com/search?q=air+purifier+review&form=QBLH                                        | SEARCH   | bing       | air purifier review
            https://www.bing.com/search?q=hepa%20filter                                                       | SEARCH   | bing       | hepa filter
            https://www.google.com/search?q=best+air+purifier+2026                                            | SEARCH   | google     | best air purifier 2026
            https://www.google.com.hk/                                                                         | SEARCH   | google     | -
            https://www.google.co.uk/url?sa=t&q=&esrc=s                                                        | SEARCH   | google     | -
            https://yandex.ru/search/?text=%D0%BE%D1%87%D0%B8%D1%81%D1%82%D0%B8%D1%82%D0%B5%D0%BB%D1%8C&lr=213 | SEARCH   | yandex     | очиститель
            https://duckduckgo.com/?q=quiet+purifier&t=h_                                                      | SEARCH   | duckduckgo | quiet purifier
            https://search.yahoo.com/search?p=purifier                                                        | SEARCH   | yahoo      | purifier
            https://weibo.com/1234567890/Abcdef                                                                | SOCIAL   | -          | -
            https://www.zhihu.com/question/123456                                                              | SOCIAL   | -          | -
            https://t.co/xyz                                                                                   | SOCIAL   | -          | -
            https://news.example.org/reviews/purifiers                                                         | REFERRAL | -          | -
            https://mybaidu.com.evil.net/s?wd=fake                                                             | REFERRAL | -          | -
            -                                                                                                  | DIRECT   | -          | -
            not a url at all                                                                                   | DIRECT   | -          | -
            javascript:alert(1)                                                                                | DIRECT   | -          | -
            https://shop.example.cn/cart                                                                       | DIRECT   | -          | -
            """)
    void referrersTellChannelEngineAndKeyword(String referrer, Channel channel, String engine, String keyword) {
        Source source = analyzer.analyze(SHOP, referrer);

        assertThat(source.channel()).isEqualTo(channel);
        assertThat(source.engine()).isEqualTo(engine);
        assertThat(source.keyword()).isEqualTo(keyword);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://shop.example.cn/?utm_source=baidu&utm_medium=cpc&utm_campaign=double11&utm_term=%E5%87%80%E5%8C%96%E5%99%A8 | -                                   | baidu  | cpc   | double11 | 净化器
            https://shop.example.cn/p?utm_source=wechat&utm_medium=social&utm_campaign=spring                                  | https://mp.weixin.qq.com/s/abc     | wechat | social | spring  | -
            https://shop.example.cn/p?utm_source=newsletter&utm_campaign=%E5%8F%8C%E5%8D%81%E4%B8%80                           | -                                   | newsletter | - | 双十一  | -
            """)
    void utmTagsMakeACampaign(String landing, String referrer, String utmSource, String medium, String campaign, String keyword) {
        Source source = analyzer.analyze(landing, referrer);

        assertThat(source.channel()).isEqualTo(Channel.CAMPAIGN);
        assertThat(source.utm().source()).isEqualTo(utmSource);
        assertThat(source.utm().medium()).isEqualTo(medium);
        assertThat(source.utm().campaign()).isEqualTo(campaign);
        assertThat(source.keyword()).isEqualTo(keyword);
    }

    @org.junit.jupiter.api.Test
    void aCampaignFromASearchAdKeepsTheEngineAndTheSearchedKeyword() {
        Source source = analyzer.analyze("https://shop.example.cn/?utm_source=baidu&utm_medium=cpc&utm_term=brand",
                "https://www.baidu.com/s?wd=%E9%9D%99%E9%9F%B3%E5%87%80%E5%8C%96%E5%99%A8");
        assertThat(source.channel()).isEqualTo(Channel.CAMPAIGN);
        assertThat(source.engine()).isEqualTo("baidu");
        assertThat(source.keyword()).isEqualTo("静音净化器");
        assertThat(source.referrerHost()).isEqualTo("www.baidu.com");
    }

    @org.junit.jupiter.api.Test
    void brokenEscapesAndHugeValuesDoNotThrow() {
        Source broken = analyzer.analyze(SHOP, "https://www.baidu.com/s?wd=%E7%A9%ZZ%");
        assertThat(broken.engine()).isEqualTo("baidu");
        assertThat(broken.keyword()).isNotNull();
        Source huge = analyzer.analyze(SHOP, "https://www.google.com/search?q=" + "a".repeat(3000));
        assertThat(huge.keyword()).hasSize(200);
    }

    @org.junit.jupiter.api.Test
    void clicksInsideTheSiteAreInternal() {
        assertThat(SourceAnalyzer.isInternal("https://shop.example.cn/a", "https://shop.example.cn/b?x=1")).isTrue();
        assertThat(SourceAnalyzer.isInternal("https://shop.example.cn/a", "https://www.baidu.com/s?wd=x")).isFalse();
        assertThat(SourceAnalyzer.isInternal("https://shop.example.cn/a", null)).isFalse();
    }
}
