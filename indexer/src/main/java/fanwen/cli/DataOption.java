package fanwen.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import fanwen.model.DataFolder;

/** The {@code --data DIR} option shared by every command. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: ./data)")
    Path data;

    public DataFolder folder() {
        return data == null ? DataFolder.defaultFolder() : new DataFolder(data);
    }
}
