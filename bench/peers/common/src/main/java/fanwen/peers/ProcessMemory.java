package fanwen.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, as Linux counts it ({@code /proc/self/status}). */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The peak resident set size so far ({@code VmHWM}), in KB; 0 where there is no {@code /proc}. */
    public static long peakResidentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return 0;
    }
}
