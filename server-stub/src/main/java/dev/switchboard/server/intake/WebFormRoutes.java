package dev.switchboard.server.intake;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.AddressRateLimiter;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.sites.Site;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.forms.NewWebForm;
import dev.switchboard.shared.tickets.forms.WebForm;
import dev.switchboard.shared.tickets.forms.WebFormRules;
import dev.switchboard.shared.tickets.forms.WebFormSubmission;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Web forms: administrators' {@code /api/v1/web-forms}; visitors' page {@code /forms/{key}} with its
 * script and style under {@code /forms/assets/}, the form's definition {@code GET /api/v1/forms/{key}}
 * and {@code POST /api/v1/forms/{key}/submissions}. The visitor's side needs no session; what an
 * address may send is limited (a token bucket per address, like chat starts) and a body is read no
 * further than the largest a form can need.
 */
final class WebFormRoutes implements HttpApi.Routes {

    /** The page's policy: its own script and style only, talking to this backend only, framed by the site's origins only. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors ";
    /** Base64 of the largest files a form takes, and room for the text. */
    static final long BODY_MAX = WebFormRules.FILES_MAX * ((WebFormRules.FILE_BYTES_MAX + 2) / 3 * 4 + 4) + 256 * 1024;

    private final WebForms forms;
    private final FormSubmissions submissions;
    private final SiteService sites;
    private final Callers callers;
    private final AddressRateLimiter limiter;

    WebFormRoutes(WebForms forms, FormSubmissions submissions, SiteService sites, Callers callers, AddressRateLimiter limiter) {
        this.forms = forms;
        this.submissions = submissions;
        this.sites = sites;
        this.callers = callers;
        this.limiter = limiter;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/web-forms", forms::list);
        api.create("/api/v1/web-forms", NewWebForm.class, forms::create);
        api.getById("/api/v1/web-forms/{id}", forms::get);
        api.putById("/api/v1/web-forms/{id}", NewWebForm.class, forms::replace);
        api.deleteById("/api/v1/web-forms/{id}", forms::delete);

        routes.get("/forms/assets/form.js", ctx -> asset(ctx, "forms/form.js", "application/javascript; charset=utf-8"));
        routes.get("/forms/assets/form.css", ctx -> asset(ctx, "forms/form.css", "text/css; charset=utf-8"));
        routes.get("/forms/{key}", ctx -> {
            WebForm form = forms.open(ctx.pathParam("key")).orElseThrow(() -> ApiException.notFound("form " + ctx.pathParam("key")));
            ctx.contentType("text/html; charset=utf-8");
            ctx.header("Content-Security-Policy", PAGE_POLICY + frameAncestors(sites.find(form.site())));
            // framed by the site's pages, so no blanket DENY; the policy's frame-ancestors decides
            ctx.res().setHeader("X-Frame-Options", null);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-cache");
            ctx.result(resource("forms/form.html"));
        });
        routes.get("/api/v1/forms/{key}", ctx -> ctx.json(submissions.definition(ctx.pathParam("key"))));
        routes.post("/api/v1/forms/{key}/submissions", ctx -> {
            Optional<Duration> wait = limiter.tryTake(ClientAddress.of(ctx));
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                throw new ApiException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS, "too many forms sent from this address; try again in "
                        + seconds + " seconds"), Map.of("Retry-After", Long.toString(seconds)));
            }
            ctx.status(201).json(submissions.submit(ctx.pathParam("key"), body(ctx)));
        });
    }

    /** The site's origins; none when the site is gone, and any for a site that allows any. */
    private static String frameAncestors(Optional<Site> site) {
        if (site.isEmpty() || site.get().allowedOrigins().isEmpty()) {
            return "'self'";
        }
        if (site.get().allowedOrigins().contains("*")) {
            return "*";
        }
        // origins are stored as scheme://host[:port]; anything else would break the header, so it is left out
        return "'self' " + site.get().allowedOrigins().stream().filter(origin -> origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?"))
                .collect(Collectors.joining(" "));
    }

    private static WebFormSubmission body(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the form as application/json");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > BODY_MAX) {
                    throw new ApiException(new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                            ProblemType.PAYLOAD_TOO_LARGE.status(), "a form takes " + WebFormRules.FILES,
                            List.of(new FieldError("attachments", WebFormRules.FILES))), Map.of());
                }
            }
        } catch (IOException e) {
            throw new ApiException(ProblemType.VALIDATION, "the form was cut off before it all arrived");
        }
        return JsonBodies.read(body.toString(StandardCharsets.UTF_8), WebFormSubmission.class);
    }

    private static void asset(Context ctx, String resource, String type) {
        ctx.contentType(type);
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.result(resource(resource));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebFormRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
