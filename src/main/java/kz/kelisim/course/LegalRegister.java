package kz.kelisim.course;

import java.util.List;
import java.util.Optional;

/** The academy's legal-basis register as last loaded: every act, in the order of its file. */
public record LegalRegister(List<LegalAct> acts) {

    public LegalRegister {
        acts = acts == null ? List.of() : List.copyOf(acts);
    }

    public Optional<LegalAct> act(String id) {
        return acts.stream().filter(act -> act.id().equals(id)).findFirst();
    }
}
