package org.raschet.examples.scenario.debts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raschet.allocation.penalty.Moratorium;
import org.raschet.core.protocol.LegalRef;
import org.raschet.examples.scenario.input.Domain;
import org.raschet.examples.scenario.input.InputSection;
import org.raschet.examples.scenario.input.ScenarioInputs;
import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/**
 * The {@code moratoriums} section: days on which no penalty accrues, for every obligation or for those that arose
 * before a date (LEGAL §9). Optional, default {@link Moratorium#FEDERAL} (Decree No. 424: 06.04–31.12.2020, every
 * debt; Decree No. 497: 01.04–01.10.2022, obligations that arose before 01.04.2022). A scenario adds its own to
 * them or, with {@code "base": "none"}, gives only its own.
 */
public final class MoratoriumsSection implements InputSection<MoratoriumsInput> {
    /** The one instance. */
    public static final MoratoriumsSection INSTANCE = new MoratoriumsSection();

    /** The shape of one moratorium. */
    public static final ObjectShape MORATORIUM = ObjectShape.of("moratorium",
            Property.required("from", ValueShape.DATE),
            Property.required("through", ValueShape.DATE),
            Property.optional("arisenBefore", ValueShape.DATE),
            Property.required("source", ValueShape.STRING));

    /** The shape of {@code moratoriums}. */
    public static final ObjectShape SHAPE = ObjectShape.of("moratoriums",
            Property.optional("base", ScheduleBase.SHAPE),
            Property.optional("entries", ArrayShape.of(MORATORIUM)));

    private MoratoriumsSection() {
    }

    @Override
    public Property property() {
        return Property.optional("moratoriums", SHAPE);
    }

    @Override
    public MoratoriumsInput parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        String base = o.findChoice("base").orElse(ScheduleBase.FEDERAL);
        List<Located<Moratorium>> given = new ArrayList<>();
        for (ObjectCursor e : o.objects("entries")) {
            LocalDate from = e.date("from");
            LocalDate through = e.date("through");
            Optional<LocalDate> arisenBefore = e.findDate("arisenBefore");
            String source = e.string("source");
            Moratorium m = Domain.at(e.path(), Map.of("moratorium.ordered", "through"), () -> new Moratorium(from,
                    through, arisenBefore, new LegalRef("scenario.moratorium", source, source)));
            given.add(new Located<>(m, e.path()));
        }
        List<Moratorium> all = new ArrayList<>(base.equals(ScheduleBase.FEDERAL) ? Moratorium.FEDERAL : List.of());
        given.forEach(g -> all.add(g.value()));
        return new MoratoriumsInput(all, base, given);
    }

    @Override
    public MoratoriumsInput absent(ScenarioInputs earlier) {
        return new MoratoriumsInput(Moratorium.FEDERAL, ScheduleBase.FEDERAL, List.of());
    }
}
