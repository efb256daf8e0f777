package io.github.shuiyuan.core.validation;

import io.github.shuiyuan.core.CaseFile;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case file instances that passed validation, by identity and held weakly. A case file is deeply
 * immutable (its lists, maps and records cannot change), so an instance found valid stays valid: it need
 * not be validated again when it is assessed. Thread-safe.
 */
final class ValidatedFiles {

    private static final ReferenceQueue<CaseFile> COLLECTED = new ReferenceQueue<>();
    private static final Set<Entry> VALID = ConcurrentHashMap.newKeySet();

    private ValidatedFiles() {
    }

    /** Remembers that {@code file} passed validation. */
    static void add(CaseFile file) {
        forgetCollected();
        VALID.add(new Entry(file, COLLECTED));
    }

    /** Whether this very instance passed validation. */
    static boolean contains(CaseFile file) {
        return VALID.contains(new Entry(file, null));
    }

    private static void forgetCollected() {
        for (Reference<? extends CaseFile> gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            VALID.remove(gone);
        }
    }

    /** A weak reference equal to another for the same live instance (and to itself once collected). */
    private static final class Entry extends WeakReference<CaseFile> {

        private final int hash;

        Entry(CaseFile file, ReferenceQueue<CaseFile> queue) {
            super(file, queue);
            this.hash = System.identityHashCode(file);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            CaseFile file = get();
            return other instanceof Entry entry && file != null && file == entry.get();
        }
    }
}
