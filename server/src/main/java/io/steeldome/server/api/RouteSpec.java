package io.steeldome.server.api;

import io.steeldome.server.auth.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * One REST route and who may call it.
 *
 * @param method HTTP method, upper case
 * @param path Javalin path, with {@code {name}} parameters (the same syntax as OpenAPI)
 * @param minRole lowest role allowed; empty only for the public routes (health, login)
 */
public record RouteSpec(String method, String path, Optional<Role> minRole) {
    public RouteSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(minRole, "minRole");
    }
}
