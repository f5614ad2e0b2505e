package org.raschet.examples.scenario.debts;

import org.raschet.allocation.payment.DebtPolicies;
import org.raschet.core.protocol.Language;
import org.raschet.core.protocol.Note;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How the debts sections print the debt policies and the calendar they ran with. */
final class DebtPolicyText {
    private DebtPolicyText() {
    }

    /** One line per policy (what it says, and whether the scenario chose it), then the calendar. */
    static void append(StringBuilder out, DebtPolicyInput p, Language language) {
        DebtPolicies d = p.policies();
        line(out, "dueDate", p.dueDate() + p.dueDay().stream().mapToObj(n -> ", dueDay = " + n).findFirst()
                .orElse(""), p, d.dueDates().note(), language);
        line(out, "limitation", p.limitation(), p, d.limitation().note(), language);
        line(out, "allocation", p.allocation(), p, d.allocation().note(), language);
        out.append(DebtTexts.calendar(d.calendar(), language)).append('\n');
    }

    private static void line(StringBuilder out, String key, String option, DebtPolicyInput p, Note note,
                             Language language) {
        out.append(key).append(" = ").append(option).append(' ')
                .append(p.explicit().contains(key) ? language.pick("(задано в сценарии)", "(set by the scenario)")
                        : language.pick("(по умолчанию)", "(default)"))
                .append(": ").append(DebtTexts.policy(note, language)).append('\n');
    }

    /** The policies as JSON: each with the option applied and whether it was the default; and the calendar. */
    static ObjectNode json(JsonNodeFactory nodes, DebtPolicyInput p) {
        ObjectNode o = nodes.objectNode();
        ObjectNode due = o.putObject("dueDate");
        due.put("option", p.dueDate());
        p.dueDay().ifPresent(n -> due.put("dueDay", n));
        due.put("default", !p.explicit().contains("dueDate"));
        ObjectNode lim = o.putObject("limitation");
        lim.put("option", p.limitation());
        lim.put("default", !p.explicit().contains("limitation"));
        ObjectNode all = o.putObject("allocation");
        all.put("option", p.allocation());
        all.put("default", !p.explicit().contains("allocation"));
        ObjectNode cal = o.putObject("calendar");
        ArrayNode holidays = cal.putArray("holidays");
        p.policies().calendar().holidays().forEach(d -> holidays.add(d.toString()));
        ArrayNode working = cal.putArray("workingDays");
        p.policies().calendar().workingDays().forEach(d -> working.add(d.toString()));
        return o;
    }
}
