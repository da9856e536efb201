package dev.corroborate.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;

/**
 * Where a command's {@code --output} goes ({@code export}, {@code extract}). A file is written beside
 * its place and moved there when complete, so a failed run never leaves half of one; it gets the
 * permissions the user's umask gives a new file, or those of the file it replaces. Anything else that
 * can be written (a device such as {@code /dev/full}, a named pipe) is written into, never replaced by
 * a file. A symbolic link is written through as any program opens a path, by the kernel, whose
 * protection of links in shared folders ({@code fs.protected_symlinks}) then holds: the link stays a
 * link. (Resolving the link here and moving a file over its target would pass that protection: a link
 * planted in /tmp could have a root's export replace any file.)
 */
final class OutputFile {

    /** What a command writes; returns how many records it wrote. */
    interface Body {
        long write(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /** Refuses, before anything is read, an output that cannot be a file written in an existing folder. */
    static void check(Path output, CommandLine.Model.CommandSpec spec) {
        Path absolute = output.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--output " + output + " is a directory: give the name of the file to write");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is a file" : " does not exist"));
        }
    }

    /**
     * Writes {@code body} to {@code output}; a failure is an {@link UncheckedIOException} that says
     * "cannot write {@code what} to OUTPUT: reason", the half-written file removed.
     */
    static long write(Path output, String what, Body body) {
        Path target = output.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(target)) {
                try (Writer out = writer(Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING))) {
                    return body.write(out);
                }
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                try (Writer out = writer(Files.newOutputStream(target, StandardOpenOption.WRITE))) {
                    return body.write(out);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure(output, what, e);
        }
        // A name of fixed length: one made from the target's could pass the file system's limit.
        Path temporary = target.resolveSibling(".corroborate-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            long count;
            // Created as any new file is (the umask applies), unlike a temporary file's owner-only mode.
            try (Writer out = writer(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                count = body.write(out);
            }
            if (Files.isRegularFile(target)) {
                keepPermissions(target, temporary);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the failure below says what went wrong; a leftover ".part" file is named by it
            }
            throw failure(output, what, e);
        }
    }

    private static Writer writer(java.io.OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps what the system gave it
        }
    }

    private static UncheckedIOException failure(Path output, String what, Exception e) {
        // A writer's own failure may be wrapped (an exporter's): said with the file and the reason.
        IOException io = e instanceof IOException direct ? direct : ((UncheckedIOException) e).getCause();
        return new UncheckedIOException("cannot write " + what + " to " + output + ": " + reason(io), io);
    }

    /** What the file system said, without the exception's class: "permission denied", "No space left on device". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
