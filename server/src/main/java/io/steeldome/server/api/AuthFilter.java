package io.steeldome.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.steeldome.server.auth.Caller;
import io.steeldome.server.auth.LoginService;
import io.steeldome.server.auth.Sessions;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every /api/* request: anything but the public routes needs a valid session token, as
 * {@code Authorization: Bearer <token>} or the session cookie; cookie-authenticated writes also need the session's
 * CSRF token in {@code X-CSRF-Token} (double submit). Unknown /api paths are refused the same way, so an anonymous
 * caller learns nothing about which routes exist.
 */
public final class AuthFilter implements Handler {
    /** Header carrying the CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Query parameter that may carry the session token on the WebSocket upgrade (and only there). */
    public static final String WS_TOKEN_PARAM = "access_token";

    private static final String WS_PATH = "/api/ws";
    private static final Set<String> PUBLIC = Set.of("GET /api/health", "POST /api/login");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;

    public AuthFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Whether {@code method path} is served without credentials. */
    public static boolean isPublic(String method, String path) {
        return PUBLIC.contains(method + " " + path);
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.method().name();
        if (isPublic(method, ctx.path())) {
            return;
        }
        Optional<Caller> caller = Optional.empty();
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.length() <= 7) {
                throw ApiException.unauthorized("Authorization must be 'Bearer <token>'");
            }
            caller = sessions.resolve(auth.substring(7).trim(), false);
        } else {
            String cookie = ctx.cookie(LoginService.COOKIE);
            String queryToken = ctx.queryParam(WS_TOKEN_PARAM);
            if (cookie != null && !cookie.isEmpty()) {
                caller = sessions.resolve(cookie, true);
            } else if (queryToken != null && !queryToken.isEmpty() && ctx.path().equals(WS_PATH)) {
                // Browsers cannot set headers on a WebSocket; non-browser clients may pass the token here instead.
                caller = sessions.resolve(queryToken, false);
            }
        }
        if (caller.isEmpty()) {
            throw ApiException.unauthorized("no valid session: log in at POST /api/login");
        }
        if (caller.get().viaCookie()
                && !SAFE_METHODS.contains(method)
                && !Sessions.csrfMatches(caller.get(), ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "csrf", "cookie-authenticated writes need the session's " + CSRF_HEADER);
        }
        ctx.attribute(RestApi.CALLER, caller.get());
    }
}
