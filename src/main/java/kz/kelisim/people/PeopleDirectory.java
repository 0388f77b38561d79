package kz.kelisim.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.security.Roles;

/**
 * The list of people, searched, filtered, sorted and paged in the database: a read model over the
 * accounts and their profiles, for administrators and for staff looking someone up for a certificate.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.ADMIN + "')")
public class PeopleDirectory {

    /** Who is asked for: text in the name, user name or organisation, or a whole IIN; role; region; status. */
    public record Filter(String text, String role, String regionId, Status status) {

        public static final Filter ALL = new Filter("", null, null, Status.ALL);
    }

    public enum Status {
        ALL, ACTIVE, INACTIVE
    }

    /** One person in the list. */
    public record PersonRow(long id, String username, String fullName, Set<String> roles, boolean active,
            boolean anonymised, String regionId, String organisation, String position) {
    }

    /** Sortable columns, by the name the grid gives them. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "u.full_name", "username", "u.username", "organisation", "o.name", "created", "u.created_at");

    private final JdbcClient jdbc;

    PeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonRow> search(Filter filter, Pageable page) {
        Where where = where(filter);
        String sql = """
                SELECT u.id, u.username, u.full_name, u.enabled, u.anonymised_at, p.region_id, o.name AS organisation,
                       p.position_title
                FROM app_user u LEFT JOIN participant_profile p ON p.user_id = u.id
                LEFT JOIN organisation o ON o.id = p.organisation_id
                """ + where.sql + " ORDER BY " + orderBy(page.getSort()) + " LIMIT :limit OFFSET :offset";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(where.params)
                .param("limit", page.getPageSize()).param("offset", page.getOffset());
        List<PersonRow> rows = statement.query((row, n) -> new PersonRow(row.getLong("id"), row.getString("username"),
                row.getString("full_name"), Set.of(), row.getBoolean("enabled"), row.getTimestamp("anonymised_at") != null,
                row.getString("region_id"), row.getString("organisation"), row.getString("position_title"))).list();
        Map<Long, Set<String>> roles = rolesOf(rows.stream().map(PersonRow::id).toList());
        return rows.stream().map(row -> new PersonRow(row.id(), row.username(), row.fullName(),
                roles.getOrDefault(row.id(), Set.of()), row.active(), row.anonymised(), row.regionId(),
                row.organisation(), row.position())).toList();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return jdbc.sql("""
                SELECT COUNT(*) FROM app_user u LEFT JOIN participant_profile p ON p.user_id = u.id
                LEFT JOIN organisation o ON o.id = p.organisation_id
                """ + where.sql).params(where.params).query(Long.class).single();
    }

    private Map<Long, Set<String>> rolesOf(List<Long> ids) {
        Map<Long, Set<String>> roles = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT user_id, role FROM app_user_role WHERE user_id IN (:ids)").param("ids", ids)
                    .query((row, n) -> roles.computeIfAbsent(row.getLong("user_id"), id -> new TreeSet<>())
                            .add(row.getString("role")))
                    .list();
        }
        return roles;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Only the conditions asked for, each with its own parameters (no "or :x is null" on untyped nulls). */
    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            if (text.matches("\\d{12}")) {
                conditions.add("p.iin = :iin");
                params.put("iin", text);
            } else {
                conditions.add("(LOWER(u.full_name) LIKE :like ESCAPE '!' OR LOWER(u.username) LIKE :like ESCAPE '!'"
                        + " OR LOWER(o.name) LIKE :like ESCAPE '!')");
                params.put("like", "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            }
        }
        if (filter.role() != null) {
            conditions.add("EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = :role)");
            params.put("role", filter.role());
        }
        if (filter.regionId() != null) {
            conditions.add("p.region_id = :region");
            params.put("region", filter.regionId());
        }
        if (filter.status() == Status.ACTIVE) {
            conditions.add("u.enabled = TRUE");
        } else if (filter.status() == Status.INACTIVE) {
            conditions.add("u.enabled = FALSE");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        sort.forEach(order -> {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " ASC" : " DESC"));
            }
        });
        if (orders.isEmpty()) {
            orders.add("u.full_name ASC");
        }
        orders.add("u.id ASC");
        return String.join(", ", orders);
    }
}
