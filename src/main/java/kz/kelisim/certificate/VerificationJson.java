package kz.kelisim.certificate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.Verification;

/**
 * The verification page's facts as JSON for employers' and personnel offices' systems: the same
 * address as the page ({@code /verify/<code>}) asked with {@code Accept: application/json}, the same
 * look-up and the same rate limit per address ({@link CertificateService#verify}). 200 with the
 * certificate, 404 for an unknown code, 429 with {@code Retry-After} past the limit. A browser (which
 * prefers HTML) still gets the page.
 */
@Component
class VerificationJson extends OncePerRequestFilter {

    private static final String PREFIX = "/verify/";

    private final CertificateService certificates;
    private final JsonMapper json;

    VerificationJson(CertificateService certificates, JsonMapper json) {
        this.certificates = certificates;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !path.startsWith(PREFIX)
                || path.indexOf('/', PREFIX.length()) >= 0 || !prefersJson(request.getHeader("Accept"));
    }

    /** JSON only when the client ranks it above HTML; {@code *}{@code /*} alone gets the page. */
    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        types = new java.util.ArrayList<>(types);
        MimeTypeUtils.sortBySpecificity(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isWildcardType()) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String code = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body;
        try {
            Optional<Verification> found = certificates.verify(code, request.getRemoteAddr());
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                body = Map.of("error", "unknown-code");
            } else {
                body = facts(found.get());
            }
        } catch (RuleViolation tooMany) {
            long seconds = ((Number) tooMany.arguments()[0]).longValue();
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            body = Map.of("error", "too-many-requests", "retryAfterSeconds", seconds);
        }
        json.writeValue(response.getOutputStream(), body);
    }

    /** The facts the page shows, in a fixed order, dates as ISO text. */
    static Map<String, Object> facts(Verification v) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("number", v.number());
        facts.put("holder", v.holderName());
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("kk", v.titleKk());
        programme.put("ru", v.titleRu());
        programme.put("en", v.titleEn());
        facts.put("programme", programme);
        facts.put("academicHours", v.hours());
        facts.put("startsOn", v.startsOn() == null ? null : v.startsOn().toString());
        facts.put("endsOn", v.endsOn().toString());
        facts.put("issuedOn", v.issuedOn().toString());
        facts.put("issuer", Map.of("kk", v.organisationKk(), "ru", v.organisationRu()));
        facts.put("status", v.status().name().toLowerCase(Locale.ROOT));
        if (v.status() == CertificateStatus.REVOKED) {
            Map<String, Object> revocation = new LinkedHashMap<>();
            revocation.put("revokedAt", v.revokedAt().toString());
            revocation.put("code", v.revocationCode() == null ? null : v.revocationCode().name().toLowerCase(Locale.ROOT));
            revocation.put("reason", v.revocationReason());
            revocation.put("replacedBy", v.replacedBy());
            facts.put("revocation", revocation);
        }
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("status", v.signature().name().toLowerCase(Locale.ROOT));
        signature.put("signedBy", v.signedBy());
        facts.put("signature", signature);
        return facts;
    }
}
