package dev.parley.site.service;

import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;

    SiteService(SiteRepository sites) {
        this.sites = sites;
    }

    /** Outcome of registering a site: the site, and whether this call created it. */
    public record Registration(Site site, boolean created) {
    }

    /** Creates the site or renames an existing one; safe under concurrent first registrations. */
    @Transactional
    public Registration register(String key, String name) {
        SiteRepository.Upserted upserted = sites.upsert(key, name);
        return new Registration(sites.findById(upserted.id()), upserted.inserted());
    }

    /** The site, or a 404 problem. */
    @Transactional
    public Site get(String key) {
        return sites.require(key);
    }

    @Transactional
    public List<Site> list() {
        return sites.listByKey();
    }
}
