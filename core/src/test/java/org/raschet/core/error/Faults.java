package org.raschet.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Test helper: asserts a Raschet fault's exact type, code, date and the fragments its message must name. */
public final class Faults {
    private Faults() {
    }

    /**
     * Runs {@code call}, expects exactly {@code type} with {@code code}, and checks that the message has the
     * canonical form and contains every fragment (entity, date, value, rule).
     */
    public static <T extends RaschetException> T assertFault(Class<T> type, ErrorCode code, Executable call,
                                                             String... fragments) {
        RaschetException e = assertThrows(RaschetException.class, call);
        assertEquals(type, e.getClass(), () -> "exception type; message: " + e.getMessage());
        assertEquals(code, e.code(), () -> "error code; message: " + e.getMessage());
        String m = e.getMessage();
        assertTrue(m.startsWith(e.entity()), () -> "message starts with the entity '" + e.entity() + "': " + m);
        assertTrue(m.endsWith("; rule " + e.rule() + " [" + code.code() + "]"),
                () -> "message ends with rule and code: " + m);
        assertTrue(m.contains(e.detail()), () -> "message contains the detail: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "message names '" + f + "': " + m);
        }
        return type.cast(e);
    }

    /** As {@link #assertFault}, and the fault's date is {@code date} (named in the message as "on date"). */
    public static <T extends RaschetException> T assertFaultOn(Class<T> type, ErrorCode code, LocalDate date,
                                                               Executable call, String... fragments) {
        T e = assertFault(type, code, call, fragments);
        assertEquals(Optional.of(date), e.date());
        assertTrue(e.getMessage().startsWith(e.entity() + " on " + date + ": "), e.getMessage());
        return e;
    }
}
