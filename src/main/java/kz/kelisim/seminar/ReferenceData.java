package kz.kelisim.seminar;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;

/**
 * The reference data seminars use: the regions and cities (fixed by the migration, read-only here)
 * and the organisations participants work for, which administrators add and rename (the participant
 * import also adds the ones it meets).
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    static final int MAX_NAME = 300;

    /** A region with its names in the three languages. */
    public record RegionNames(String id, String kazakh, String russian, String english) {
    }

    /** An organisation; {@code regionId} and {@code region} (named in the reader's language) may be empty. */
    public record OrganisationRow(long id, String name, String regionId, String region) {
    }

    private final RegionRepository regions;
    private final OrganisationRepository organisations;

    ReferenceData(RegionRepository regions, OrganisationRepository organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.ADMIN + "')")
    public List<RegionNames> regions() {
        return regions.findAllByOrderBySortOrder().stream().map(region -> new RegionNames(region.getId(),
                region.name(Language.KK), region.name(Language.RU), region.name(Language.EN))).toList();
    }

    /** A page of organisations by name. */
    @PreAuthorize(ADMIN)
    public List<OrganisationRow> organisations(int offset, int limit, Language language) {
        Map<String, String> regionNames = regions.findAll().stream()
                .collect(Collectors.toMap(Region::getId, region -> region.name(language)));
        int size = Math.max(1, Math.min(limit, 200));
        return organisations.findAll(PageRequest.of(offset / size, size, Sort.by("name", "id"))).stream()
                .map(organisation -> new OrganisationRow(organisation.getId(), organisation.getName(),
                        organisation.getRegionId(), regionNames.getOrDefault(organisation.getRegionId(), "")))
                .toList();
    }

    @PreAuthorize(ADMIN)
    public long countOrganisations() {
        return organisations.count();
    }

    /**
     * Adds an organisation; its name must be new (case does not matter).
     *
     * @throws RuleViolation for an empty, too long or taken name, or an unknown region
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public long addOrganisation(String name, String regionId) {
        String checked = check(name, regionId, null);
        return organisations.save(new Organisation(checked, blankToNull(regionId))).getId();
    }

    /** Renames an organisation (and sets its region); every participant working there follows. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void renameOrganisation(long organisationId, String name, String regionId) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFound("reference.error.not-found"));
        organisation.rename(check(name, regionId, organisationId), blankToNull(regionId));
    }

    /**
     * Corrects the names of a region or city in the three languages (the list of them is fixed by
     * law and by the migration; their spelling is the administrators').
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void renameRegion(String regionId, String kazakh, String russian, String english) {
        Region region = regions.findById(regionId).orElseThrow(() -> new RuleViolation("reference.error.region-unknown"));
        List<String> names = new java.util.ArrayList<>();
        for (String name : new String[] {kazakh, russian, english}) {
            String stripped = name == null ? "" : name.strip().replaceAll("\\s+", " ");
            if (stripped.isEmpty()) {
                throw new RuleViolation("reference.error.name-required");
            }
            if (stripped.length() > 120) {
                throw new RuleViolation("reference.error.too-long", 120);
            }
            names.add(stripped);
        }
        region.rename(names.get(0), names.get(1), names.get(2));
    }

    private String check(String name, String regionId, Long renamed) {
        String stripped = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty()) {
            throw new RuleViolation("reference.error.name-required");
        }
        if (stripped.length() > MAX_NAME) {
            throw new RuleViolation("reference.error.too-long", MAX_NAME);
        }
        organisations.findByNameIgnoreCase(stripped).filter(other -> !other.getId().equals(renamed))
                .ifPresent(other -> {
                    throw new RuleViolation("reference.error.name-taken");
                });
        if (regionId != null && !regionId.isBlank() && !regions.existsById(regionId)) {
            throw new RuleViolation("reference.error.region-unknown");
        }
        return stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
