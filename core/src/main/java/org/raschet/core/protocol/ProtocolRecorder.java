package org.raschet.core.protocol;

import java.util.ArrayList;
import java.util.List;

/** A sink that records entries in order. Not thread-safe: one recorder per calculation. */
public final class ProtocolRecorder implements ProtocolSink {
    private final List<ProtocolEntry> entries = new ArrayList<>();

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void add(ProtocolEntry entry) {
        entries.add(java.util.Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public ProtocolSink child() {
        return new ProtocolRecorder();
    }

    /** The entries recorded so far, as an immutable copy. */
    public List<ProtocolEntry> entries() {
        return List.copyOf(entries);
    }

    /** The protocol recorded so far. */
    public Protocol protocol() {
        return new Protocol(entries);
    }
}
