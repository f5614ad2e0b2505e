package org.raschet.allocation.odn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raschet.core.protocol.Protocol;
import org.raschet.core.protocol.ProtocolRecorder;
import org.raschet.core.protocol.StepEvaluator;

/** Every protocol step the common-house split and the losses report write re-evaluates from its own inputs. */
class OdnProtocolTest {

    private static void assertReevaluates(Protocol p) {
        assertTrue(p.steps().size() > 0, "a protocol was written");
        assertEquals(List.of(), StepEvaluator.verifyAll(p));
    }

    @Test
    void six_months_with_carry_and_cap() {
        ProtocolRecorder rec = new ProtocolRecorder();
        CommonHouseSplit.months(Houses.network(), Houses.H, CommonHouseSplitTest.sixMonths(), Map.of(),
                OdnPolicy.FEDERAL, rec);
        assertReevaluates(rec.protocol());
    }

    @Test
    void split_at_entrances_with_cap() {
        ProtocolRecorder rec = new ProtocolRecorder();
        CommonHouseSplit.month(CommonHouseSplitTest.entrances(false), NodeId.of("H2"),
                CommonHouseSplitTest.entranceMonth(), Map.of(), OdnPolicy.FEDERAL.withSplitLevel(
                        SplitLevelPolicy.atMetered(EnumSet.of(NodeKind.ENTRANCE))), rec);
        assertReevaluates(rec.protocol());
    }

    @Test
    void correction() {
        List<HouseMonth> known = CommonHouseSplitTest.sixMonths();
        ProtocolRecorder rec = new ProtocolRecorder();
        HouseMonth jan = known.get(0).withVolume(Houses.P.get(2), Houses.measured("412"));
        CommonHouseCorrection.recalculate(Houses.network(), Houses.H, List.of(jan), Map.of(), OdnPolicy.FEDERAL,
                List.of(), YearMonth.of(2026, 7), rec);
        assertReevaluates(rec.protocol());
    }

    @Test
    void losses_report() {
        ProtocolRecorder rec = new ProtocolRecorder();
        NetworkBalance.report(NetworkBalanceTest.feeder(), NetworkBalanceTest.january(), rec);
        assertReevaluates(rec.protocol());
    }
}
