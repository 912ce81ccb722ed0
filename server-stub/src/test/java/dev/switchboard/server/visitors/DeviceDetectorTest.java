package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.visitors.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceDetectorTest {

    private final DeviceDetector detector = new DeviceDetector();

    @ParameterizedTest(name = "{1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | desktop | Windows 10 | Chrome 131
            Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 | desktop | Mac OS X 10 | Safari 17
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN | mobile | iOS 17 | WeChat 8
            Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 | mobile | Android 14 | Chrome Mobile 116
            Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 | tablet | iOS 16 | Mobile Safari 16
            Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html) | bot | unknown | Baiduspider 2
            """)
    void realUserAgents(String userAgent, String type, String os, String browser) {
        Device device = detector.detect(userAgent);
        assertThat(device.type()).isEqualTo(type);
        assertThat(device.os()).isEqualTo(os);
        assertThat(device.browser()).isEqualTo(browser);
    }

    @Test
    void missingOrHugeUserAgentsAreHandled() {
        assertThat(detector.detect(null)).isEqualTo(Device.UNKNOWN);
        assertThat(detector.detect("x".repeat(100_000)).type()).isEqualTo("desktop");
    }
}
