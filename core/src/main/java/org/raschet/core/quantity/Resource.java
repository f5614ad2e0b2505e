package org.raschet.core.quantity;

/** A utility resource (коммунальный ресурс) and the unit it is metered in. */
public enum Resource {
    /** Electricity (электроснабжение), kWh. */
    ELECTRICITY(Unit.KWH, "электроснабжение", "electricity"),
    /** Cold water (холодное водоснабжение), m³. */
    COLD_WATER(Unit.M3, "холодное водоснабжение", "cold water"),
    /** Hot water (горячее водоснабжение), m³. */
    HOT_WATER(Unit.M3, "горячее водоснабжение", "hot water"),
    /** Wastewater (водоотведение), m³. */
    WASTEWATER(Unit.M3, "водоотведение", "wastewater"),
    /** Gas (газоснабжение), m³. */
    GAS(Unit.M3, "газоснабжение", "gas"),
    /** Heat (отопление), Gcal. */
    HEAT(Unit.GCAL, "отопление", "heat");

    private final Unit unit;
    private final String ru;
    private final String en;

    Resource(Unit unit, String ru, String en) {
        this.unit = unit;
        this.ru = ru;
        this.en = en;
    }

    /** The unit this resource is metered in. */
    public Unit unit() {
        return unit;
    }

    /** Russian name. */
    public String nameRu() {
        return ru;
    }

    /** English name. */
    public String nameEn() {
        return en;
    }
}
