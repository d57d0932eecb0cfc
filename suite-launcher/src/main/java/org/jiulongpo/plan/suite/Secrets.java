package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Generated passwords kept under the suite's state directory, readable by their owner only. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** The password in {@code file}, generated (144 random bits, hex) the first time. */
    static synchronized String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                // owner-only before the secret is written, so that it is never readable by others
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; nothing more we can do
            }
            Files.writeString(tmp, HexFormat.of().formatHex(random));
            Files.move(tmp, file);
        }
        return Files.readString(file).trim();
    }
}
