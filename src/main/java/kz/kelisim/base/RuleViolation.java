package kz.kelisim.base;

import java.io.Serial;
import java.util.List;

/**
 * A service refused a request because it breaks one of Kelisim's rules (a wrong current password,
 * an unknown language, a deadline passed). Carries a translation key and its arguments, so the UI
 * can say what went wrong in the user's language; nothing was changed.
 */
public class RuleViolation extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
