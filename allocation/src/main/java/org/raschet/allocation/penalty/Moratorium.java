package org.raschet.allocation.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.ledger.Obligation;
import org.raschet.core.protocol.LegalRef;
import org.raschet.core.protocol.LegalRefs;

/**
 * A moratorium on penalties (мораторий): days on which no penalty accrues, for every obligation or only for those
 * that arose before a date. The day counter of ЖК РФ ст. 155 ч. 14 keeps running through it; its days accrue
 * zero.
 *
 * @param from         the first day
 * @param through      the last day
 * @param arisenBefore if present, it covers only obligations that arose before this day (their billing period
 *                     ended before it); empty: every obligation
 * @param source       the act that set it
 */
public record Moratorium(LocalDate from, LocalDate through, Optional<LocalDate> arisenBefore, LegalRef source) {
    /** Decree No. 424 of 02.04.2020: no penalties from 06.04.2020 to 31.12.2020 on any debt. */
    public static final Moratorium DECREE_424_2020 = new Moratorium(LocalDate.of(2020, 4, 6),
            LocalDate.of(2020, 12, 31), Optional.empty(), LegalRefs.DECREE_424);

    /**
     * Decree No. 497 of 28.03.2022: no penalties from 01.04.2022 to 01.10.2022 on obligations that arose before
     * 01.04.2022.
     */
    public static final Moratorium DECREE_497_2022 = new Moratorium(LocalDate.of(2022, 4, 1),
            LocalDate.of(2022, 10, 1), Optional.of(LocalDate.of(2022, 4, 1)), LegalRefs.DECREE_497);

    /** The federal moratoriums (LEGAL §9). */
    public static final List<Moratorium> FEDERAL = List.of(DECREE_424_2020, DECREE_497_2022);

    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if it ends before it starts
     */
    public Moratorium {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(arisenBefore, "arisenBefore");
        Objects.requireNonNull(source, "source");
        if (through.isBefore(from)) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "moratorium " + source.id(), from,
                    "moratorium ends on " + through + ", before it starts", "moratorium.ordered");
        }
    }

    /** Whether it covers {@code obligation}. */
    public boolean appliesTo(Obligation obligation) {
        return arisenBefore.map(obligation::arisenBefore).orElse(true);
    }

    /** Whether {@code day} is one of its days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(through);
    }
}
