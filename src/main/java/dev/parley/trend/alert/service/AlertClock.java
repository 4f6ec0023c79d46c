package dev.parley.trend.alert.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * "Now" for alerts: the end of the windows rules look at, and the time alerts fire and are
 * acknowledged. A bean of its own so tests can move it to the days their comments were written.
 */
@ApplicationScoped
public class AlertClock {

    public Instant now() {
        return Instant.now();
    }
}
