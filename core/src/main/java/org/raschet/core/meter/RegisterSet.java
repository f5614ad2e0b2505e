package org.raschet.core.meter;

import java.util.List;

/** The registers a meter has: single-rate, two-zone or three-zone. */
public enum RegisterSet {
    /** Single-rate. */
    SINGLE(List.of(Register.TOTAL)),
    /** Day/night. */
    TWO_ZONE(List.of(Register.DAY, Register.NIGHT)),
    /** Peak/semi-peak/night. */
    THREE_ZONE(List.of(Register.PEAK, Register.SEMI_PEAK, Register.NIGHT));

    private final List<Register> registers;

    RegisterSet(List<Register> registers) {
        this.registers = registers;
    }

    /** The registers, in their conventional order. */
    public List<Register> registers() {
        return registers;
    }

    /** Whether the set has {@code register}. */
    public boolean has(Register register) {
        return registers.contains(register);
    }
}
