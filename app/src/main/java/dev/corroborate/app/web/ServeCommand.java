package dev.corroborate.app.web;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.DataDirectories;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web app over an existing store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the stories, provenance, quotes and articles of the store as web pages and a JSON API",
            "(described at /api/openapi.json). Bound to 127.0.0.1 unless --host says otherwise. Stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "corroborate-data",
            description = "The data directory holding the store (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (!DataDirectories.existsIn(dataDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), DataDirectories.noStoreIn(dataDir));
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try {
            // read-only connections without the writer's lock, so analyze can add to the data directory
            // while the app serves it; a correction opens the store to write for as long as it takes
            WebServer server;
            try {
                server = WebServer.start(dataDir, host, port);
            } catch (RuntimeException e) {
                String cannotBind = cannotBind(e, host, port);
                if (cannotBind == null) {
                    throw e;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println("corroborate: " + cannotBind);
                err.flush();
                return 1;
            }
            // Ctrl-C: stop serving and close the stores, then let the main thread say so before the JVM exits.
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
                try {
                    closed.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "corroborate-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("Serving " + dataDir + " at http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop)");
            out.flush();
            stopped.await();
        } finally {
            closed.countDown();
        }
        out.println("Stopped.");
        out.flush();
        return 0;
    }

    /**
     * What a user is told when the server cannot listen at {@code host}:{@code port}, from the cause
     * the web server gives ({@code null} when {@code failure} is something else). Javalin wraps every
     * failure to bind in one exception saying the port is in use, also for an address this machine
     * does not have or a name that does not resolve; the cause underneath says which it was.
     */
    static String cannotBind(Throwable failure, String host, int port) {
        boolean bind = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.UnresolvedAddressException
                    || cause instanceof java.net.UnknownHostException) {
                return "cannot serve at --host " + host + ": no such address (give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0)";
            }
            if (cause instanceof java.net.BindException) {
                String message = String.valueOf(cause.getMessage());
                if (message.contains("in use")) {
                    return "cannot serve at " + host + ":" + port + ": the port is in use (pick another with --port, or --port 0 for any free one)";
                }
                if (message.contains("ermission denied")) {
                    return "cannot serve at " + host + ":" + port + ": permission denied (ports below 1024 need privileges: "
                            + "pick another with --port)";
                }
                return "cannot serve at " + host + ":" + port + ": " + message
                        + " (give an address of this machine with --host, e.g. 127.0.0.1 or 0.0.0.0)";
            }
            bind |= cause instanceof JavalinBindException;
        }
        return bind ? "cannot serve at " + host + ":" + port + ": " + failure.getMessage() : null;
    }
}
