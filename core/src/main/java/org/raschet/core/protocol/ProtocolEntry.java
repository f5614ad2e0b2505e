package org.raschet.core.protocol;

/** An entry of a protocol tree: a computed {@link ProtocolStep} or a titled {@link ProtocolSection}. */
public sealed interface ProtocolEntry permits ProtocolStep, ProtocolSection {
}
