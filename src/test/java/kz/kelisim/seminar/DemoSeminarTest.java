package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.seminar.GroupViews.GroupView;

/** In demo mode the trainer finds a running seminar with groups and attendance, and a trainee can join it. */
@SpringBootTest(properties = "kelisim.demo.seminar=true")
class DemoSeminarTest {

    @Autowired
    SeminarService seminars;

    @Autowired
    GroupService groups;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void the_demo_seminar_is_running_with_two_mixed_groups_and_the_demo_trainee_joins_with_its_key() {
        Acting acting = new Acting(users, securityContext);
        long seminarId = acting.as("trainer", () -> seminars.mySeminars(Language.RU)).getFirst().id();

        var page = acting.as("trainer", () -> seminars.seminar(seminarId, Language.RU));
        assertThat(page.details().status()).isEqualTo(SeminarStatus.RUNNING);
        assertThat(page.sessions()).hasSize(5);
        assertThat(page.enrolmentKey()).isEqualTo(DemoSeminar.KEY);
        List<GroupView> made = acting.as("trainer", () -> groups.groups(seminarId, Language.KK));
        assertThat(made).extracting(GroupView::name).containsExactly("1-топ", "2-топ");
        assertThat(made).allSatisfy(group -> assertThat(group.regions()).isEqualTo(2));

        assertThat(acting.as("trainee", () -> seminars.enrolWithKey("shymkent"))).isEqualTo(seminarId);
    }
}
