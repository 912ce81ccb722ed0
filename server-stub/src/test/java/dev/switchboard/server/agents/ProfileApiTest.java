package dev.switchboard.server.agents;

import static dev.switchboard.server.agents.AccountsApiTest.fieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.AvatarRules;
import dev.switchboard.shared.agents.ProfileChange;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/v1/me/profile} and {@code /api/v1/me/avatar}: what every agent sets of their own account, over HTTP. */
class ProfileApiTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");

    @Test
    void anAgentRenamesThemselvesSyncedAndAudited() {
        String admin = backend.token("admin");
        long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

        ApiResponse renamed = api.patch("/api/v1/me/profile", alice, new ProfileChange("  Alice Wang  "));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("displayName").asText()).isEqualTo("Alice Wang");
        assertThat(api.get("/api/v1/auth/me", alice).json().path("displayName").asText()).isEqualTo("Alice Wang");
        assertThat(api.get("/api/v1/sync?after=" + cursor, bob).json().path("changes"))
                .anySatisfy(change -> assertThat(change.path("data").path("displayName").asText()).isEqualTo("Alice Wang"));
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("action")).contains("agent.profile");

        assertThat(fieldError(api.patch("/api/v1/me/profile", alice, new ProfileChange(" ")), "displayName"))
                .isEqualTo(AgentRules.DISPLAY_NAME_FORMAT);
        assertThat(fieldError(api.patch("/api/v1/me/profile", alice, "{}"), "displayName")).isEqualTo("required");
        assertThat(api.patch("/api/v1/me/profile", null, new ProfileChange("Nobody")).status()).isEqualTo(401);
    }

    @Test
    void aPictureIsRedrawnAsASquarePngServedToColleaguesAndRemovable() throws IOException {
        JsonNode before = api.get("/api/v1/auth/me", alice).json();

        // sent as "text/plain": only the content counts
        ApiResponse set = put(alice, picture(600, 400, "jpg"), "text/plain");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        String tag = set.json().path("avatar").asText();
        assertThat(tag).isNotBlank();
        assertThat(set.json().path("accountVersion").asLong()).isGreaterThan(before.path("accountVersion").asLong());
        long id = set.json().path("id").asLong();
        try (Response served = get(bob, id)) {
            assertThat(served.code()).isEqualTo(200);
            assertThat(served.header("Content-Type")).startsWith("image/png");
            assertThat(served.header("ETag")).isEqualTo("\"" + tag + "\"");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body().bytes()));
            assertThat(image.getWidth()).isEqualTo(AvatarRules.EDGE);
            assertThat(image.getHeight()).isEqualTo(AvatarRules.EDGE);
            for (int x : new int[] {0, 128, 255}) {
                Color pixel = new Color(image.getRGB(x, 128));
                assertThat(pixel.getRed() > 200 && pixel.getBlue() < 60).as("the middle square, no blue band: %s at %d", pixel, x).isTrue();
            }
        }

        ApiResponse removed = api.send("DELETE", "/api/v1/me/avatar", alice, null, null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("avatar").isNull()).isTrue();
        try (Response gone = get(bob, id)) {
            assertThat(gone.code()).isEqualTo(404);
        }
    }

    @Test
    void whatIsNotAPictureOrTooLargeIsRefused() throws IOException {
        ApiResponse text = put(alice, "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(fieldError(text, "avatar")).isEqualTo(AvatarRules.NOT_A_PICTURE);
        byte[] png = picture(40, 40, "png");
        assertThat(fieldError(put(alice, Arrays.copyOf(png, png.length / 2), "image/png"), "avatar")).as("cut short")
                .isEqualTo(AvatarRules.NOT_A_PICTURE);
        assertThat(fieldError(put(alice, new byte[0], "image/png"), "avatar")).isEqualTo(AvatarRules.NOT_A_PICTURE);
        assertThat(fieldError(put(alice, picture(AvatarRules.MAX_EDGE + 1, 10, "png"), "image/png"), "avatar")).startsWith("at most");
        byte[] heavy = Arrays.copyOf(png, AvatarRules.MAX_BYTES + 1);
        ApiResponse tooHeavy = put(alice, heavy, "image/png");
        assertThat(tooHeavy.status()).isEqualTo(413);
        assertThat(tooHeavy.isProblem()).isTrue();

        assertThat(api.get("/api/v1/auth/me", alice).json().path("avatar").isNull()).as("nothing was kept").isTrue();
        assertThat(put(null, png, "image/png").status()).isEqualTo(401);
    }

    private ApiResponse put(String token, byte[] content, String mediaType) {
        Request.Builder request = new Request.Builder().url(api.baseUrl() + "/api/v1/me/avatar")
                .put(RequestBody.create(content, MediaType.get(mediaType)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = ApiClient.http().newCall(request.build()).execute()) {
            return new ApiResponse(response.code(), response.header("Content-Type"), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response get(String token, long agentId) throws IOException {
        return ApiClient.http().newCall(new Request.Builder().url(api.baseUrl() + "/api/v1/agents/" + agentId + "/avatar")
                .header("Authorization", "Bearer " + token).build()).execute();
    }

    /** A red picture with a blue band at its left: the middle square is all red. */
    static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, Math.max(1, (width - height) / 2 - 5), height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
