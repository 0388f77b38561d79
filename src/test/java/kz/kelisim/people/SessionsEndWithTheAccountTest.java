package kz.kelisim.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kelisim.Acting;
import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.people.PeopleService.NewPerson;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;
import kz.kelisim.user.UserService.NewAccount;

/**
 * Through the real filter chain: a session ends the moment its account is deactivated, gets other
 * roles or a reset password; sign-ins and failed ones are in the audit log with the client's address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class SessionsEndWithTheAccountTest {

    /** An address only a signed-in person gets an answer from (a course file that does not exist: 404). */
    private static final String SIGNED_IN_ONLY = "/course-assets/no-course/no-hash/no-file.png";

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    UserService users;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(userDetails, securityContext);
    }

    /** A new trainer who has chosen their own password, signed in from the address. */
    private SignedIn signedInTrainer(String address) throws Exception {
        NewAccount created = acting.as("admin", () -> people.create(new NewPerson("Сессия " + UUID.randomUUID(), null,
                null, Set.of(Roles.TRAINER), null, Set.of())));
        String password = "Таңғы-шай-ыстық-әрі-қою";
        acting.doAs(created.username(), () -> users.changeMyPassword(created.temporaryPassword(), password));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").with(from(address)).session(session).param("username", created.username())
                .param("password", password)).andExpect(redirectedUrl("/"));
        mvc.perform(get(SIGNED_IN_ONLY).session(session)).andExpect(status().isNotFound());
        return new SignedIn(created, password, session);
    }

    private record SignedIn(NewAccount account, String password, MockHttpSession session) {
    }

    @Test
    void a_deactivated_person_is_signed_out_at_once_and_cannot_sign_in_again() throws Exception {
        SignedIn trainer = signedInTrainer("10.40.0.1");

        acting.doAs("admin", () -> people.setActive(trainer.account().id(), false));

        assertThat(trainer.session().isInvalid()).as("the session ended with the deactivation").isTrue();
        mvc.perform(get(SIGNED_IN_ONLY).session(trainer.session())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(from("10.40.0.1")).param("username", trainer.account().username())
                .param("password", trainer.password())).andExpect(redirectedUrl("/login?error"));

        acting.doAs("admin", () -> people.setActive(trainer.account().id(), true));
        mvc.perform(post("/login").with(from("10.40.0.1")).param("username", trainer.account().username())
                .param("password", trainer.password())).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_session_signed_in_before_the_roles_changed_ends_on_its_next_request_on_any_node() throws Exception {
        SignedIn trainer = signedInTrainer("10.40.0.2");
        // another node changed the roles: this node's list of sessions knows nothing of it
        MockHttpSession elsewhere = new MockHttpSession();
        trainer.session().getAttributeNames().asIterator()
                .forEachRemaining(name -> elsewhere.setAttribute(name, trainer.session().getAttribute(name)));

        acting.doAs("admin", () -> people.changeRoles(trainer.account().id(), Set.of(Roles.TRAINEE)));

        mvc.perform(get(SIGNED_IN_ONLY).session(elsewhere)).andExpect(redirectedUrl("/login"));
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Test
    void sign_ins_and_failed_sign_ins_are_in_the_audit_log_with_the_client_address() throws Exception {
        SignedIn trainer = signedInTrainer("10.40.0.3");
        mvc.perform(post("/login").with(from("10.40.0.4")).param("username", trainer.account().username())
                .param("password", "not-the-password")).andExpect(redirectedUrl("/login?error"));

        assertThat(acting.as("admin", () -> audit.entriesAbout(trainer.account().id(), trainer.account().username(),
                PageRequest.of(0, 20))).getContent())
                .extracting(AuditLog.Entry::action, AuditLog.Entry::clientAddress)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGNED_IN, "10.40.0.3"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, "10.40.0.4"));
    }

    @Test
    void an_administrator_unlocks_a_throttled_sign_in_and_the_right_password_works_at_once() throws Exception {
        SignedIn trainer = signedInTrainer("10.40.0.5");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").with(from("10.40.0.6")).param("username", trainer.account().username())
                    .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(from("10.40.0.6")).param("username", trainer.account().username())
                .param("password", trainer.password())).andExpect(redirectedUrl("/login?error"));

        acting.doAs("admin", () -> people.unlock(trainer.account().id()));

        mvc.perform(post("/login").with(from("10.40.0.6")).param("username", trainer.account().username())
                .param("password", trainer.password())).andExpect(redirectedUrl("/"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
