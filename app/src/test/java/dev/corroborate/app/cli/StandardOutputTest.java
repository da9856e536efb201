package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** A command's output that could not be written ended with exit code 0 and nothing said. */
class StandardOutputTest {

    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void aFullDiskIsSaidWithTheSystemsReason() {
        StandardOutput out = new StandardOutput(failing("No space left on device"));

        assertThatThrownBy(() -> out.write(new byte[] {1, 2}, 0, 2)).isInstanceOf(IOException.class);

        assertThat(out.problem()).isEqualTo("corroborate: cannot write to standard output: No space left on device");
    }

    @Test
    void aReaderThatStoppedEarlyIsNoProblem() {
        StandardOutput out = new StandardOutput(failing("Broken pipe"));

        assertThatThrownBy(() -> out.write(7)).isInstanceOf(IOException.class);

        assertThat(out.problem()).isNull();
    }

    @Test
    void outputWrittenWholeIsNoProblem() throws IOException {
        StandardOutput out = new StandardOutput(OutputStream.nullOutputStream());
        out.write(new byte[] {1, 2, 3}, 0, 3);
        out.flush();

        assertThat(out.problem()).isNull();
    }
}
