package org.raschet.examples;

import tools.jackson.databind.node.ObjectNode;

/** Small tariff scenarios built in tests. */
final class TariffScenarios {
    private TariffScenarios() {
    }

    /**
     * Flat 100-001 (urban, 2 residents) with single-rate meter 77-0042 read 1000 on 30.06 and 1310 on 31.07.2026
     * (310 kWh, 10 a day); flat 100-002 (urban, 3 residents) without a meter; tariff el-urban 5.67 ₽/kWh until
     * 30.06, 6.12 from 01.07.2026; the urban normative 100 kWh per resident; pricing of July 2026.
     */
    static final String BASE = """
            {
              "metadata": { "name": "tariff base" },
              "premises": [
                { "id": "100-001", "house": "H-1", "area": "54.3", "residents": { "2020-01-01": 2 },
                  "tariffGroup": "urban" },
                { "id": "100-002", "house": "H-1", "area": "41.7", "residents": { "2020-01-01": 3 },
                  "tariffGroup": "urban" }
              ],
              "meters": [
                { "id": "77-0042", "account": "100-001", "resource": "electricity", "digits": 6,
                  "installed": "2024-05-14" }
              ],
              "readings": [
                { "meter": "77-0042", "date": "2026-06-30", "value": "1000", "source": "consumer-web" },
                { "meter": "77-0042", "date": "2026-07-31", "value": "1310", "source": "consumer-web" }
              ],
              "tariffs": [
                { "id": "el-urban", "service": "electricity", "group": "urban",
                  "periods": [
                    { "from": "2026-01-01", "to": "2026-06-30", "prices": { "total": "5.67" } },
                    { "from": "2026-07-01", "prices": { "total": "6.12" } }
                  ] }
              ],
              "norms": [
                { "id": "n-urban", "kind": "normative", "service": "electricity", "group": "urban",
                  "periods": [ { "from": "2020-01-01", "basis": "per-resident", "value": "100" } ] }
              ],
              "compute": { "pricing": { "from": "2026-07-01", "to": "2026-07-31" } }
            }
            """;

    /** {@link #BASE} as a mutable tree. */
    static ObjectNode base() {
        return (ObjectNode) Scenarios.json(BASE);
    }
}
