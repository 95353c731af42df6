package io.steeldome.server;

import java.nio.file.Path;

/**
 * Starts a server: {@code ServerMain DB_FILE [PORT]}. Prints "steeldome server listening on port N" once it listens.
 * The first admin's password is taken from STEELDOME_ADMIN_PASSWORD, else generated and printed once.
 */
public final class ServerMain {
    private ServerMain() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ServerMain DB_FILE [PORT]");
            System.exit(2);
        }
        ServerConfig cfg = ServerConfig.defaults(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 8443);
        SteeldomeServer s = new SteeldomeServer(cfg).start();
        Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        System.out.println("steeldome server listening on port " + s.port());
    }
}
