package dev.parley.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness includes the analysis models: a service that cannot score is not ready. */
@Readiness
@ApplicationScoped
public class AnalysisReadiness implements HealthCheck {

    private final AnalysisService analysis;

    AnalysisReadiness(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Analysis models");
        analysis.analyzer().ifPresent(a -> a.versions().forEach(builder::withData));
        analysis.loadError().ifPresent(e -> builder.withData("error", e));
        return builder.status(analysis.analyzer().isPresent()).build();
    }
}
