package kz.kelisim.seminar.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.GroupService;
import kz.kelisim.seminar.GroupViews.GroupView;
import kz.kelisim.seminar.GroupViews.Member;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/**
 * The small groups, for those who run the seminar: make balanced groups (N groups or groups of about
 * K), see how mixed each is, rename, choose a leader, move people, delete a group.
 */
@org.springframework.stereotype.Component
class GroupsTab implements SeminarTab {

    enum Plan {
        COUNT, SIZE
    }

    private final GroupService groups;

    GroupsTab(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.groups";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("seminar-groups");
        tab.setId("seminar-groups");
        render(tab, page);
        return tab;
    }

    private void render(Div tab, SeminarPage page) {
        tab.removeAll();
        List<GroupView> all = groups.groups(page.id(), SeminarLocale.language());
        List<GroupView> made = all.stream().filter(group -> group.id() != 0).toList();
        if (made.isEmpty()) {
            tab.add(planner(tab, page));
        }
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(tab.getTranslation("groups.no-participants"));
            empty.addClassName("empty-state");
            tab.add(empty);
            return;
        }
        if (!made.isEmpty()) {
            TextField name = new TextField();
            name.setPlaceholder(tab.getTranslation("groups.new.placeholder"));
            name.setAriaLabel(tab.getTranslation("groups.new"));
            name.setMaxLength(GroupService.MAX_NAME);
            name.setId("groups-new-name");
            Span error = new Span();
            error.addClassName("form-error");
            Button add = new Button(tab.getTranslation("groups.new"), VaadinIcon.PLUS.create(), click -> {
                try {
                    groups.createGroup(page.id(), name.getValue());
                    render(tab, page);
                } catch (RuleViolation refused) {
                    error.setText(tab.getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            add.setId("groups-new");
            Div adding = new Div(name, add, error);
            adding.addClassName("participants-adding");
            tab.add(adding, arranging(tab, page, all, error));
        }
        Div cards = new Div();
        cards.addClassName("group-cards");
        for (GroupView group : all) {
            cards.add(card(tab, page, group, made));
        }
        tab.add(cards);
    }

    /** Once groups exist: place the newcomers into them, or balance them again, without deleting any. */
    private Div arranging(Div tab, SeminarPage page, List<GroupView> all, Span error) {
        Div arranging = new Div();
        arranging.addClassName("groups-arranging");
        long unplaced = all.stream().filter(group -> group.id() == 0).mapToLong(group -> group.members().size()).sum();
        if (unplaced > 0) {
            Button place = new Button(tab.getTranslation("groups.place", unplaced), VaadinIcon.USER_CHECK.create(),
                    click -> arrange(tab, page, error, () -> groups.placeUnplaced(page.id()), "groups.placed"));
            place.setId("groups-place");
            place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            arranging.add(place);
        }
        Button rebalance = new Button(tab.getTranslation("groups.rebalance"), VaadinIcon.SCALE.create(),
                click -> Confirmations.confirmDestructive(tab.getTranslation("groups.rebalance"),
                        tab.getTranslation("groups.rebalance.text"), tab.getTranslation("groups.rebalance.confirm"),
                        () -> arrange(tab, page, error, () -> groups.rebalance(page.id()), "groups.rebalanced")));
        rebalance.setId("groups-rebalance");
        arranging.add(rebalance);
        return arranging;
    }

    private void arrange(Div tab, SeminarPage page, Span error, java.util.function.IntSupplier action, String doneKey) {
        try {
            int people = action.getAsInt();
            render(tab, page);
            Notification.show(tab.getTranslation(doneKey, people), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation refused) {
            error.setText(tab.getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private Section planner(Div tab, SeminarPage page) {
        RadioButtonGroup<Plan> plan = new RadioButtonGroup<>(tab.getTranslation("groups.plan"));
        plan.setItems(Plan.values());
        plan.setItemLabelGenerator(value -> tab.getTranslation("groups.plan." + value.name().toLowerCase()));
        plan.setValue(Plan.COUNT);
        IntegerField number = new IntegerField(tab.getTranslation("groups.number"));
        number.setId("groups-number");
        number.setMin(1);
        number.setValue(4);
        number.setStepButtonsVisible(true);
        Span error = new Span();
        error.addClassName("form-error");
        Button make = new Button(tab.getTranslation("groups.make"), VaadinIcon.MAGIC.create(), click -> {
            try {
                int value = number.getValue() == null ? 0 : number.getValue();
                int count = plan.getValue() == Plan.SIZE ? groups.groupsOfAbout(page.id(), value) : value;
                groups.createBalanced(page.id(), count);
                render(tab, page);
            } catch (RuleViolation refused) {
                error.setText(tab.getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        make.setId("groups-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section planner = new Section(new Paragraph(tab.getTranslation("groups.intro")), plan, number, make, error);
        planner.addClassNames("card", "group-planner");
        return planner;
    }

    private Section card(Div tab, SeminarPage page, GroupView group, List<GroupView> made) {
        Section card = new Section();
        card.addClassNames("card", "group-card");
        boolean unassigned = group.id() == 0;
        if (unassigned) {
            card.add(new H3(tab.getTranslation("groups.unassigned")));
        } else {
            TextField name = new TextField();
            name.setValue(group.name());
            name.setAriaLabel(tab.getTranslation("groups.rename"));
            name.setMaxLength(GroupService.MAX_NAME);
            name.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    groups.rename(group.id(), event.getValue());
                }
            });
            name.addClassName("group-name");
            card.add(name);
            Span balance = new Span(tab.getTranslation("groups.balance", group.members().size(), group.regions(),
                    group.organisations(), group.regionMixing() == null ? "—" : group.regionMixing() + " %"));
            balance.addClassName("group-balance");
            card.add(balance);
        }
        UnorderedList list = new UnorderedList();
        for (Member member : group.members()) {
            ListItem item = new ListItem();
            Span who = new Span(member.fullName());
            Span where = new Span(String.join(" · ", List.of(member.region(), member.organisation()).stream()
                    .filter(text -> text != null && !text.isBlank()).toList()));
            where.addClassName("member-where");
            if (Long.valueOf(member.userId()).equals(group.leaderId())) {
                Span leader = new Span(tab.getTranslation("groups.leader"));
                leader.addClassName("badge");
                item.add(leader);
            }
            Select<GroupView> move = new Select<>();
            move.setAriaLabel(tab.getTranslation("groups.move", member.fullName()));
            move.setPlaceholder(tab.getTranslation("groups.move.placeholder"));
            move.setItems(made.stream().filter(other -> other.id() != group.id()).toList());
            move.setItemLabelGenerator(other -> other == null ? "" : other.name());
            move.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    groups.move(page.id(), member.userId(), event.getValue().id());
                    render(tab, page);
                }
            });
            move.addClassName("member-move");
            item.add(who, where, move);
            if (!unassigned && !Long.valueOf(member.userId()).equals(group.leaderId())) {
                Button lead = new Button(tab.getTranslation("groups.make-leader"), click -> {
                    groups.setLeader(group.id(), member.userId());
                    render(tab, page);
                });
                lead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(lead);
            }
            list.add(item);
        }
        card.add(list);
        if (!unassigned) {
            Button delete = new Button(tab.getTranslation("groups.delete"), VaadinIcon.TRASH.create(),
                    click -> Confirmations.confirmDestructive(tab.getTranslation("groups.delete"),
                            tab.getTranslation("groups.delete.text", group.name()),
                            tab.getTranslation("session.delete.confirm"), () -> {
                                groups.deleteGroup(group.id());
                                render(tab, page);
                            }));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(delete);
        }
        return card;
    }
}
