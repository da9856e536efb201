package dev.corroborate.app.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that remembers its first failure. {@link System#out} swallows write errors, so an
 * {@code export > /dev/full} or a full disk ended with half an export and exit code 0; the command line
 * asks this at the end and says so. A reader that stopped early ({@code | head}) is no failure.
 */
final class StandardOutput extends FilterOutputStream {

    private IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** Puts a recording standard output in place of {@link System#out}; returns it. */
    static StandardOutput install() {
        StandardOutput recording = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        System.setOut(new PrintStream(new BufferedOutputStream(recording, 8192), false, charset));
        return recording;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * What to tell the user after a run whose output could not be written, or {@code null}: nothing
     * failed, or the reader of a pipe stopped reading (it had what it wanted).
     */
    String problem() {
        System.out.flush();
        if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) {
            return null;
        }
        return "corroborate: cannot write to standard output: " + (failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
