package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServerConfigTest {

    private static ServerConfig on(String host, Optional<String> key, boolean allowOpenWrites) {
        return new ServerConfig(host, 7070, key, List.of(), allowOpenWrites, ServerLimits.defaults());
    }

    @Test
    void aPublicAddressWithoutAKeyIsRefusedUnlessOpenWritesAreAllowed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> on("0.0.0.0", Optional.empty(), false).validate());
        assertTrue(refused.getMessage().contains("--api-key"), refused.getMessage());
        assertDoesNotThrow(() -> on("0.0.0.0", Optional.of("key"), false).validate());
        assertDoesNotThrow(() -> on("0.0.0.0", Optional.empty(), true).validate());
        assertDoesNotThrow(() -> on("127.0.0.1", Optional.empty(), false).validate());
        assertDoesNotThrow(() -> on("localhost", Optional.empty(), false).validate());
    }

    @Test
    void limitsMustBePositiveAndPagesAtMostAHundred() {
        assertThrows(IllegalArgumentException.class, () -> ServerLimits.defaults().withRate(0, 1));
        assertEquals(100, ServerLimits.defaults().maxPageSize());
    }
}
