package dev.parley.web;

import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The start page: every site, with links to its moderator page and dashboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IndexPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Site> sites);
    }

    private final SiteRepository sites;

    IndexPage(SiteRepository sites) {
        this.sites = sites;
    }

    @GET
    @Transactional
    public TemplateInstance index() {
        return Templates.index(sites.listByKey());
    }
}
