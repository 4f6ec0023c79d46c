package dev.parley.web.dashboard;

import dev.parley.site.SiteKey;
import dev.parley.site.repository.SiteRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * The stance dashboard: a shell page whose charts (dashboard.js, ECharts) poll the public trends
 * API, the same answers any other dashboard gets, with ETag revalidation.
 */
@Path("/dashboard/{siteKey}")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final Set<String> RANGES = Set.of("24h", "7d", "30d", "1y", "all");
    /** Seconds between polls; bounded so a link cannot make the page hammer the service. */
    static final int MIN_REFRESH = 2;
    static final int MAX_REFRESH = 3600;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String site, List<String> sites, String range, int refresh);
    }

    private final SiteRepository sites;

    DashboardPage(SiteRepository sites) {
        this.sites = sites;
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("siteKey") @SiteKey String site,
                                 @QueryParam("range") @DefaultValue("30d") String range,
                                 @QueryParam("refresh") @DefaultValue("30") String refresh) {
        sites.require(site);
        List<String> keys = sites.listByKey().stream().map(s -> s.key).toList();
        return Templates.page(site, keys, RANGES.contains(range) ? range : "30d", seconds(refresh));
    }

    private static int seconds(String refresh) {
        try {
            return Math.clamp(Integer.parseInt(refresh), MIN_REFRESH, MAX_REFRESH);
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
