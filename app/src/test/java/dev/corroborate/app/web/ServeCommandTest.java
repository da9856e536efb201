package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.corroborate.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servingADirectoryWithoutAStoreIsAUsageErrorAndCreatesNothing() {
        assertThat(Main.run("serve", "--data", dir.resolve("none").toString(), "--port", "0")).isEqualTo(2);
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(Main.run("serve", "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
    }

    /** The command's exit code and what it wrote on standard error. */
    private record Run(int exitCode, String err) {
    }

    private static Run serve(String... args) {
        picocli.CommandLine commandLine = new picocli.CommandLine(new ServeCommand());
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    private Path aStore() {
        try (var created = dev.corroborate.io.store.ArticleStore.open(dir)) {
            assertThat(created.count()).isZero();
        }
        return dir;
    }

    @Test
    void aPortInUseIsOneLineSayingSoNotAStackTrace() throws Exception {
        Path store = aStore();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = serve("--data", store.toString(), "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                    .isEqualTo("corroborate: cannot serve at 127.0.0.1:" + taken.getLocalPort()
                            + ": the port is in use (pick another with --port, or --port 0 for any free one)");
        }
    }

    @Test
    void aHostThatIsNoAddressIsOneLineNamingIt() {
        // ".invalid" never resolves (RFC 6761), but a resolver that answers every name would make it one.
        assumeFalse(resolves("no-such-host.invalid"), "this machine's resolver answers for a .invalid name");
        Path store = aStore();
        Run run = serve("--data", store.toString(), "--port", "0", "--host", "no-such-host.invalid");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .startsWith("corroborate: cannot serve at --host no-such-host.invalid: no such address");
    }

    private static boolean resolves(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Test
    void otherFailuresAreNotTakenForAFailureToBind() {
        assertThat(ServeCommand.cannotBind(new IllegalStateException("a bug"), "127.0.0.1", 8080)).isNull();
    }

    @Test
    void whileTheAppServesAStoreAnalyzeCanStillWriteToIt() {
        try (var created = dev.corroborate.io.store.ArticleStore.open(dir)) {
            assertThat(created.count()).isZero();
        }
        try (var served = StoreGate.open(dir, 2);
             var writer = dev.corroborate.io.store.ArticleStore.open(dir, "analyze")) {
            assertThat(writer.count()).isEqualTo(served.read(store -> store.count()));
        }
    }
}
