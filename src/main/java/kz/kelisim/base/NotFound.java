package kz.kelisim.base;

import java.io.Serial;

/**
 * The thing asked for does not exist for the caller: unknown, or someone else's (which is never
 * told apart, so ids cannot be probed). Pages show it as "not found", never as an error.
 */
public class NotFound extends RuleViolation {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
