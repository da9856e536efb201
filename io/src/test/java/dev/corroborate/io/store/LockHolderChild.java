package dev.corroborate.io.store;

import java.nio.file.Path;

/**
 * Opens a store to write it in its own JVM and holds it until killed, so a test can see what a
 * second process meets: {@code LockHolderChild DATA_DIR}. Prints "holding" once it holds the lock.
 */
public final class LockHolderChild {

    private LockHolderChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]), "analyze")) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
