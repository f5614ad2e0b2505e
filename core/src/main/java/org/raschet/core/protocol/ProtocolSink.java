package org.raschet.core.protocol;

/**
 * Where the code that computes a figure writes its protocol entries. Mass runs pass {@link #NONE}: callers check
 * {@link #enabled()} before building an entry, so no protocol costs nothing but a branch.
 */
public interface ProtocolSink {
    /** The sink that records nothing and allocates nothing. */
    ProtocolSink NONE = new ProtocolSink() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void add(ProtocolEntry entry) {
            // nothing asked for
        }

        @Override
        public ProtocolSink child() {
            return this;
        }
    };

    /** Whether entries are recorded; when {@code false}, callers build none. */
    boolean enabled();

    /** Records an entry. */
    void add(ProtocolEntry entry);

    /** A fresh sink for sub-steps of an entry not built yet: {@link #NONE} when this one is disabled. */
    ProtocolSink child();

    /** The entries recorded by a sink from {@link #child()} ({@code List.of()} for {@link #NONE}). */
    static java.util.List<ProtocolEntry> entriesOf(ProtocolSink sink) {
        return sink instanceof ProtocolRecorder r ? r.entries() : java.util.List.of();
    }
}
