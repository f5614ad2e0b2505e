package org.raschet.allocation.odn;

/**
 * Kind of a supply-network node, from the feeder down to the premise. Any level may be absent and feeders and
 * substations may nest (a 6–10 kV feeder feeds a substation whose 0.4 kV feeders feed houses); entrances and risers
 * lie inside a house, a house inside no other house, and a premise is always a leaf.
 */
public enum NodeKind {
    /** Feeder (фидер), a supply line. */
    FEEDER("фидер", "feeder"),
    /** Transformer substation (трансформаторная подстанция, ТП). */
    SUBSTATION("трансформаторная подстанция", "transformer substation"),
    /** Apartment house (многоквартирный дом), the unit of the common-house split. */
    HOUSE("многоквартирный дом", "apartment house"),
    /** Entrance (подъезд) of a house. */
    ENTRANCE("подъезд", "entrance"),
    /** Riser (стояк) of a house. */
    RISER("стояк", "riser"),
    /** Premise (помещение), residential or not; billed on its own account. */
    PREMISE("помещение", "premise");

    private final String ru;
    private final String en;

    NodeKind(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** Russian name. */
    public String nameRu() {
        return ru;
    }

    /** English name. */
    public String nameEn() {
        return en;
    }

    /** Whether nodes of this kind lie inside a house (entrance, riser). */
    boolean insideHouse() {
        return this == ENTRANCE || this == RISER;
    }
}
