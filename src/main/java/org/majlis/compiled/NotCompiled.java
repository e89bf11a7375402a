package org.majlis.compiled;

/**
 * The compiler cannot answer a request; the resolvers will. {@code structural} when no request of the same
 * document can be compiled (a field without an SQL form), not just this one (an argument).
 */
public final class NotCompiled extends RuntimeException {
    private final boolean structural;

    NotCompiled(String what) {
        this(what, true);
    }

    public NotCompiled(String what, boolean structural) {
        super(what, null, false, false);
        this.structural = structural;
    }

    boolean structural() {
        return structural;
    }
}
