package kz.kelisim.quiz.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import kz.kelisim.base.Language;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuestionType;
import kz.kelisim.quiz.Response;

/**
 * One question as a trainee sees and answers it, in the type's own input: choices, true or false,
 * a select per prompt for matching, up and down buttons for ordering (usable by keyboard and on a
 * phone), a field for short and numeric answers, a text area for essays. Every change is handed to
 * the answer listener at once (typed text after a short pause), so the page can save it.
 */
public class QuestionField extends Composite<Div> {

    /** Pause in typing after which typed text is saved. */
    static final int TYPING_PAUSE_MS = 700;

    private final PaperQuestion question;
    private final Language language;
    private final List<Consumer<Response>> listeners = new ArrayList<>();
    private final List<HasValue<?, ?>> inputs = new ArrayList<>();
    private final List<Button> orderButtons = new ArrayList<>();
    private boolean readOnly;
    private List<PaperOption> currentOrder = List.of();
    /** "Not answered yet" and the button that takes the order as shown, until the first move. */
    private Div orderConfirm;

    /**
     * @param number the question's number on the paper, from 1
     * @param given  the answer saved so far, or null
     */
    public QuestionField(PaperQuestion question, int number, Language language, Response given) {
        this.question = question;
        this.language = language;
        Div root = getContent();
        root.addClassNames("question", "question-" + question.type().name().toLowerCase().replace('_', '-'));
        // element ids carry the question's number on the paper, never a bank id: option ids written in
        // the right order would give an ordering question's answer away to anyone reading the page
        root.setId("question-" + number);
        // focusable (not in the tab order) so jumping to a question takes keyboard and screen reader there
        root.getElement().setAttribute("tabindex", "-1");
        Span heading = new Span(getTranslation("quiz.question.heading", number,
                getTranslation("quiz.marks", question.mark(), Marks.format(question.mark(), getLocale()))));
        heading.addClassName("question-heading");
        Paragraph text = new Paragraph(question.text().in(language));
        text.addClassName("question-text");
        root.add(heading, text);
        switch (question.type()) {
            case SINGLE_CHOICE -> root.add(singleChoice(given));
            case MULTIPLE_CHOICE -> root.add(multipleChoice(given));
            case TRUE_FALSE -> root.add(trueFalse(given));
            case MATCHING -> root.add(matching(given));
            case ORDERING -> root.add(ordering(given));
            case SHORT_ANSWER, NUMERIC -> root.add(shortAnswer(given));
            case ESSAY -> root.add(essay(given));
        }
    }

    public PaperQuestion question() {
        return question;
    }

    /** Called with each new answer (null when cleared). */
    public void addAnswerListener(Consumer<Response> listener) {
        listeners.add(listener);
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        inputs.forEach(input -> input.setReadOnly(readOnly));
        orderButtons.forEach(button -> button.setEnabled(!readOnly));
        if (orderConfirm != null) {
            orderConfirm.setVisible(!readOnly);
        }
    }

    private void answered(Response response) {
        if (!readOnly) {
            listeners.forEach(listener -> listener.accept(response));
        }
    }

    private RadioButtonGroup<PaperOption> singleChoice(Response given) {
        RadioButtonGroup<PaperOption> group = new RadioButtonGroup<>();
        group.setAriaLabel(question.text().in(language));
        group.setItems(question.options());
        group.setItemLabelGenerator(option -> option.text().in(language));
        group.addThemeName("vertical");
        if (given instanceof Response.Selected selected) {
            question.options().stream().filter(option -> selected.optionIds().contains(option.id())).findFirst()
                    .ifPresent(group::setValue);
        }
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                answered(event.getValue() == null ? null : new Response.Selected(Set.of(event.getValue().id())));
            }
        });
        inputs.add(group);
        return group;
    }

    private CheckboxGroup<PaperOption> multipleChoice(Response given) {
        CheckboxGroup<PaperOption> group = new CheckboxGroup<>();
        group.setAriaLabel(question.text().in(language));
        group.setHelperText(getTranslation("quiz.question.choose-all"));
        group.setItems(question.options());
        group.setItemLabelGenerator(option -> option.text().in(language));
        group.addThemeName("vertical");
        if (given instanceof Response.Selected selected) {
            group.setValue(new LinkedHashSet<>(question.options().stream()
                    .filter(option -> selected.optionIds().contains(option.id())).toList()));
        }
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Set<String> ids = new LinkedHashSet<>();
                event.getValue().forEach(option -> ids.add(option.id()));
                answered(ids.isEmpty() ? null : new Response.Selected(ids));
            }
        });
        inputs.add(group);
        return group;
    }

    private RadioButtonGroup<Boolean> trueFalse(Response given) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setAriaLabel(question.text().in(language));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? "quiz.true" : "quiz.false"));
        if (given instanceof Response.TrueOrFalse answer) {
            group.setValue(answer.value());
        }
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                answered(event.getValue() == null ? null : new Response.TrueOrFalse(event.getValue()));
            }
        });
        inputs.add(group);
        return group;
    }

    private Div matching(Response given) {
        Div pairs = new Div();
        pairs.addClassName("question-matching");
        Map<String, String> chosen = new HashMap<>(
                given instanceof Response.Matched matched ? matched.choiceByPrompt() : Map.of());
        for (PaperOption prompt : question.prompts()) {
            Select<PaperOption> select = new Select<>();
            select.setLabel(prompt.text().in(language));
            select.setItems(question.matches());
            select.setItemLabelGenerator(match -> match == null ? "" : match.text().in(language));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("quiz.question.choose"));
            question.matches().stream().filter(match -> match.id().equals(chosen.get(prompt.id()))).findFirst()
                    .ifPresent(select::setValue);
            select.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    if (event.getValue() == null) {
                        chosen.remove(prompt.id());
                    } else {
                        chosen.put(prompt.id(), event.getValue().id());
                    }
                    answered(chosen.isEmpty() ? null : new Response.Matched(Map.copyOf(chosen)));
                }
            });
            inputs.add(select);
            pairs.add(select);
        }
        return pairs;
    }

    /**
     * Items with up and down buttons; the order counts as an answer from the first move, or when the
     * trainee confirms the order shown (which may be the right one): until then the question says it
     * is not answered, so nobody leaves it believing the shown order was taken.
     */
    private Div ordering(Response given) {
        List<PaperOption> order = new ArrayList<>(question.options());
        if (given instanceof Response.Ordered ordered) {
            order.sort((a, b) -> Integer.compare(ordered.optionIds().indexOf(a.id()), ordered.optionIds().indexOf(b.id())));
        }
        OrderedList list = new OrderedList();
        list.addClassName("question-ordering");
        Span hint = new Span(getTranslation("quiz.question.order-hint"));
        hint.addClassName("question-hint");
        getContent().add(hint);
        renderOrder(list, order);
        Div ordering = new Div(list);
        if (!(given instanceof Response.Ordered)) {
            Span notYet = new Span(getTranslation("quiz.question.order-not-answered"));
            notYet.addClassName("question-not-answered");
            Button keep = new Button(getTranslation("quiz.question.order-keep"), VaadinIcon.CHECK.create());
            keep.addClassName("order-keep");
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div confirm = new Div(notYet, keep);
            confirm.addClassName("order-confirm");
            keep.addClickListener(click -> {
                if (!readOnly) {
                    ordering.remove(confirm);
                    answered(new Response.Ordered(currentOrder.stream().map(PaperOption::id).toList()));
                }
            });
            orderButtons.add(keep);
            orderConfirm = confirm;
            ordering.add(confirm);
        }
        return ordering;
    }

    private void renderOrder(OrderedList list, List<PaperOption> order) {
        list.removeAll();
        orderButtons.removeIf(button -> !button.hasClassName("order-keep"));
        currentOrder = order;
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            PaperOption item = order.get(i);
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(list, order, index, index - 1));
            up.setAriaLabel(getTranslation("quiz.question.move-up", item.text().in(language)));
            up.setEnabled(!readOnly && index > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(list, order, index, index + 1));
            down.setAriaLabel(getTranslation("quiz.question.move-down", item.text().in(language)));
            down.setEnabled(!readOnly && index < order.size() - 1);
            List.of(up, down).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL));
            orderButtons.add(up);
            orderButtons.add(down);
            Span label = new Span(item.text().in(language));
            ListItem row = new ListItem(label, up, down);
            row.addClassName("ordering-item");
            list.add(row);
        }
    }

    private void move(OrderedList list, List<PaperOption> order, int from, int to) {
        if (readOnly || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        renderOrder(list, order);
        if (orderConfirm != null) {
            orderConfirm.removeFromParent();
            orderButtons.removeIf(button -> button.hasClassName("order-keep"));
            orderConfirm = null;
        }
        answered(new Response.Ordered(order.stream().map(PaperOption::id).toList()));
    }

    private TextField shortAnswer(Response given) {
        TextField field = new TextField();
        field.setAriaLabel(question.text().in(language));
        field.setMaxLength(AttemptService.MAX_SHORT_ANSWER_LENGTH);
        field.setWidthFull();
        if (question.type() == QuestionType.NUMERIC) {
            field.getElement().setAttribute("inputmode", "decimal");
            field.setHelperText(getTranslation("quiz.question.number-hint"));
        }
        if (given instanceof Response.Typed typed) {
            field.setValue(typed.text());
        }
        typing(field);
        return field;
    }

    private TextArea essay(Response given) {
        TextArea area = new TextArea();
        area.setAriaLabel(question.text().in(language));
        area.setMaxLength(AttemptService.MAX_ESSAY_LENGTH);
        area.setWidthFull();
        area.setMinHeight("12em");
        if (given instanceof Response.Typed typed) {
            area.setValue(typed.text());
        }
        area.setHelperText(getTranslation("quiz.question.essay-length", area.getValue().length(),
                AttemptService.MAX_ESSAY_LENGTH));
        area.addValueChangeListener(event -> area.setHelperText(getTranslation("quiz.question.essay-length",
                event.getValue().length(), AttemptService.MAX_ESSAY_LENGTH)));
        typing(area);
        return area;
    }

    private <F extends AbstractField<?, String> & HasValueChangeMode> void typing(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                answered(event.getValue().isEmpty() ? null : new Response.Typed(event.getValue()));
            }
        });
        inputs.add(field);
    }

}
