package kz.kelisim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;

/** Keeps the layout of ../shared/STYLE.md true: thin views, private repositories, no cycles. */
@AnalyzeClasses(packages = "kz.kelisim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().areAssignableTo(Component.class)
            .or().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views go through a feature's service, which owns rules, transactions and permissions");

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("other features reach data through the feature's public service");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("kz.kelisim.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule shared_ui_frame_depends_on_no_feature = noClasses()
            .that().resideInAPackage("kz.kelisim.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.kelisim.user..", "kz.kelisim.course..",
                    "kz.kelisim.quiz..", "kz.kelisim.seminar..", "kz.kelisim.certificate..")
            .because("features plug into the frame (DashboardSection, LanguagePreference), not the reverse");

    @ArchTest
    static final ArchRule courses_do_not_know_the_features_that_plug_into_them = noClasses()
            .that().resideInAPackage("kz.kelisim.course..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.kelisim.quiz..", "kz.kelisim.seminar..",
                    "kz.kelisim.certificate..")
            .because("quizzes plug in through CourseFolderPart and QuizResults; certificates listen to CourseCompleted");

    @ArchTest
    static final ArchRule security_depends_on_no_feature = noClasses()
            .that().resideInAPackage("kz.kelisim.security..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.kelisim.ui..", "kz.kelisim.user..");
}
