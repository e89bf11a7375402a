package org.majlis.replica;

import jakarta.enterprise.context.RequestScoped;

/**
 * Marks the request context of an API read, whose Hibernate session may then run on a replica; any other session
 * (the seed loader's, at start-up or in tests) stays on the primary, so a write never lands on a standby.
 */
@RequestScoped
public class ApiRead {
    private boolean active;

    public void begin() {
        active = true;
    }

    boolean active() {
        return active;
    }
}
