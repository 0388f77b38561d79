package kz.kelisim.security;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing the visitor in
 * as the attacker). Browsers say where a form came from in {@code Sec-Fetch-Site} and {@code Origin};
 * a sign-in whose headers name another site is refused with 403, as OWASP's cheat sheet on
 * verifying the origin with standard headers advises. A client that sends neither (a script, an old
 * browser) cannot be led by another site and is let through.
 */
final class SameOriginSignIn extends OncePerRequestFilter {

    private final String path;

    SameOriginSignIn(String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String requested = request.getRequestURI().substring(request.getContextPath().length());
        return !HttpMethod.POST.matches(request.getMethod()) || !path.equals(requested);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign-in from another site refused");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port);
    }
}
