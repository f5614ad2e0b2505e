package org.raschet.allocation.payment;

import org.raschet.core.protocol.Note;

/**
 * The choices the law leaves in allocating payments over obligations (ГК РФ ст. 319.1; Пленум ВС РФ № 22,
 * п. 32; LEGAL §7): what happens to what a named payment leaves over, and whether an unnamed payment skips
 * obligations whose limitation has expired.
 */
public interface AllocationPolicy {
    /**
     * Federal default: the excess of a named payment goes by the general rule; unnamed money never goes to an
     * obligation whose limitation has expired.
     */
    AllocationPolicy FEDERAL = new StandardAllocationPolicy(true, true, "payment.allocation.federal",
            "избыток платежа с назначением — по общему правилу; без назначения — не в обязательства с истёкшей "
                    + "исковой давностью",
            "the excess of a named payment goes by the general rule; unnamed money skips obligations past "
                    + "their limitation");

    /** A contract's variant: the excess of a named payment stays an advance. */
    AllocationPolicy NAMED_EXCESS_AS_ADVANCE = new StandardAllocationPolicy(false, true,
            "payment.allocation.named-excess-advance",
            "избыток платежа с назначением остаётся авансом; без назначения — не в обязательства с истёкшей "
                    + "исковой давностью",
            "the excess of a named payment stays an advance; unnamed money skips obligations past their limitation");

    /** Whether what a named payment leaves over goes by the general rule (else it stays an advance). */
    boolean namedExcessByGeneralRule();

    /** Whether unnamed money skips obligations whose limitation period has expired on the payment date. */
    boolean unnamedSkipsExpired();

    /** The note the protocol shows for this policy (id {@code policy:...}). */
    Note note();
}
