package kz.kelisim.certificate;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.Notice;

/**
 * Whether certificates may be issued as things are configured, and what staff should know first.
 * Outside demo mode, issuing is refused while the certificate would print Kelisim's built-in
 * examples (the default organisation, not configured and not saved in a template; or the fictional
 * signatories) or cannot be signed; a verification address on {@code localhost}, a private network
 * or a bare host name is a warning (the QR code would lead nowhere for the person holding it).
 * A saved image that cannot be read is a warning in any mode: certificates go out without it.
 */
@Component
class CertificateReadiness {

    private final CertificateSigning signing;
    private final CertificateDocument document;
    private final boolean demo;
    private final boolean organisationConfigured;

    CertificateReadiness(CertificateSigning signing, CertificateDocument document, Environment environment,
            @Value("${kelisim.demo.enabled:false}") boolean demo) {
        this.signing = signing;
        this.document = document;
        this.demo = demo;
        Binder binder = Binder.get(environment);
        this.organisationConfigured = binder.bind("kelisim.certificates.organisation-kk", String.class).isBound()
                && binder.bind("kelisim.certificates.organisation-ru", String.class).isBound();
    }

    /** Everything staff should know about issuing with the template, refusals first. */
    List<Notice> notices(CertificateTemplates.Usable template) {
        List<Notice> refusals = new ArrayList<>();
        List<Notice> warnings = new ArrayList<>();
        if (!demo) {
            if (!template.saved() && !organisationConfigured) {
                refusals.add(new Notice("certificate.notice.example-organisation", List.of(), true));
            }
            List<Object> examples = new ArrayList<>();
            for (String name : List.of(template.form().signatory1Name(), template.form().signatory2Name())) {
                if (CertificateSettings.EXAMPLE_SIGNATORIES.contains(name) && !examples.contains(name)) {
                    examples.add(name);
                }
            }
            if (!examples.isEmpty()) {
                refusals.add(new Notice("certificate.notice.example-signatories",
                        List.of(String.join(", ", examples.stream().map(String::valueOf).toList())), true));
            }
        }
        signing.problem().ifPresent(problem -> refusals.add(new Notice(problem.messageKey(),
                List.of(problem.arguments()), true)));
        if (!demo && unreachable(document.publicUrl())) {
            warnings.add(new Notice("certificate.notice.local-public-url", List.of(document.publicUrl()), false));
        }
        for (String field : template.unreadableImages()) {
            warnings.add(new Notice("certificate.notice.unreadable-image", List.of(field), false));
        }
        refusals.addAll(warnings);
        return List.copyOf(refusals);
    }

    /** @throws RuleViolation with the first thing that stops issuing, if anything does */
    void requireReady(CertificateTemplates.Usable template) {
        for (Notice notice : notices(template)) {
            if (notice.blocksIssuing()) {
                throw new RuleViolation(notice.messageKey(), notice.arguments().toArray());
            }
        }
    }

    /**
     * Whether a phone outside the academy's network could not open the address: {@code localhost},
     * a loopback, private, link-local or unique-local address, or a host name without a dot. Only
     * the text is read (an address literal is parsed, a name is never looked up).
     */
    static boolean unreachable(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException malformed) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return true;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.endsWith(".lan")) {
            return true;
        }
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = host.contains(":");
        if (!ipv4 && !ipv6) {
            return !host.contains(".");
        }
        try {
            // a literal address is parsed, not resolved
            InetAddress address = InetAddress.getByName(host);
            byte[] bytes = address.getAddress();
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
            boolean sharedCarrier = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || uniqueLocal || sharedCarrier;
        } catch (UnknownHostException notAnAddress) {
            return true;
        }
    }

}
