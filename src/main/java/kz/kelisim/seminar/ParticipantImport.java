package kz.kelisim.seminar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ParticipantList.Column;
import kz.kelisim.user.UserService;
import kz.kelisim.user.UserService.AccountSummary;
import kz.kelisim.user.UserService.NewAccount;

/**
 * Bringing a seminar's participants in from a list (CSV or XLSX, see {@link ParticipantList}): a
 * preview that shows every row with its line number and all its problems before anything is saved,
 * then one all-or-nothing save that creates accounts for new people (temporary password, to be
 * changed at the first sign-in), fills their seminar profile and adds them to the seminar. People
 * are recognised by their IIN. IINs are personal data: the preview shows them masked.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantImport {

    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 300;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
            .compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    /** Digits with the usual separators; 10 to 15 digits in all (+7 701 234 56 78, 8 (7172) 55-66-77). */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()\\-]{10,24}");

    /** A problem as a translation key with its arguments. */
    public record Problem(String key, List<String> arguments) {

        public static Problem of(String key, Object... arguments) {
            return new Problem(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    /** How a row's person stands: a new account will be made, an account exists, or they already take part. */
    public enum Standing {
        NEW_PERSON, EXISTING_ACCOUNT, ALREADY_PARTICIPANT
    }

    /** A row of the list as the preview shows it; the IIN masked, the region named in the reader's language. */
    public record PreviewRow(int line, String fullName, String maskedIin, String region, String organisation,
            String position, String email, String phone, Standing standing, List<Problem> problems) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Everything the list would do; saving is possible only when nothing is wrong with it. */
    public record Preview(String fileName, List<Problem> fileProblems, List<PreviewRow> rows) {

        public boolean canSave() {
            return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().noneMatch(PreviewRow::hasProblems);
        }

        public long count(Standing standing) {
            return rows.stream().filter(row -> row.standing() == standing).count();
        }

        public long rowsWithProblems() {
            return rows.stream().filter(PreviewRow::hasProblems).count();
        }
    }

    /**
     * One person's sign-in slip: a new account's temporary password (known only now, stored hashed),
     * or none for someone who already has an account; the e-mail address to send it to, if known.
     */
    public record Slip(String fullName, String username, String temporaryPassword, String email) {

        public boolean newAccount() {
            return temporaryPassword != null;
        }
    }

    /** What sending the slips by e-mail did: sent, left out for want of an address, failed. */
    public record MailOutcome(int sent, int withoutAddress, int failed) {
    }

    /** What a save did, with a slip for every person in the list. */
    public record Result(int added, int accountsCreated, int alreadyParticipants, List<Slip> slips) {
    }

    private final SeminarAccess access;
    private final ParticipantRepository participants;
    private final ParticipantProfileRepository profiles;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final UserService users;
    private final SlipMail mail;
    private final Clock clock;

    ParticipantImport(SeminarAccess access, ParticipantRepository participants, ParticipantProfileRepository profiles,
            RegionRepository regions, OrganisationRepository organisations, UserService users, SlipMail mail,
            Clock clock) {
        this.access = access;
        this.participants = participants;
        this.profiles = profiles;
        this.regions = regions;
        this.organisations = organisations;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** Reads the list and says, row by row, what saving it would do and what stands in the way. Saves nothing. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public Preview preview(long seminarId, String fileName, byte[] bytes, Language language) {
        Seminar seminar = access.manageable(seminarId);
        return check(seminar, fileName, bytes, language).preview();
    }

    /**
     * Saves the list in one transaction, checked again as it is now: when any row has a problem
     * nothing is saved (no account, profile or participant) and a {@link RuleViolation} says so.
     * New people get a trainee account whose temporary password is in the result's slips, and only there.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public Result save(long seminarId, String fileName, byte[] bytes, Language language) {
        Seminar seminar = access.manageableLocked(seminarId);
        Checked checked = check(seminar, fileName, bytes, language);
        Preview preview = checked.preview();
        if (!preview.canSave()) {
            throw new RuleViolation("import.error.not-saved", preview.rowsWithProblems() + preview.fileProblems().size());
        }
        boolean staff = SeminarAccess.seesEverything(access.caller());
        Map<Long, Slip> newAccounts = new HashMap<>();
        Map<Long, String> emails = new HashMap<>();
        List<Long> people = new ArrayList<>();
        int added = 0;
        int already = 0;
        for (Person person : checked.people()) {
            Long organisationId = organisationId(person.organisation(), person.regionId());
            long userId;
            if (person.userId() == null) {
                NewAccount account = users.createTrainee(person.fullName());
                userId = account.id();
                newAccounts.put(userId, new Slip(account.fullName(), account.username(), account.temporaryPassword(),
                        blankToNull(person.email())));
                ParticipantProfile profile = new ParticipantProfile(userId);
                profile.fill(person.iin(), person.regionId(), organisationId, blankToNull(person.position()),
                        blankToNull(person.email()), blankToNull(person.phone()), Iin.sex(person.iin()));
                profiles.save(profile);
            } else {
                userId = person.userId();
                long id = userId;
                ParticipantProfile profile = profiles.findById(userId).orElseGet(() -> new ParticipantProfile(id));
                if (staff || profile.getIin() == null) {
                    // the list brings newer details; what it leaves empty stays as it was
                    profile.fill(person.iin(), person.regionId(),
                            organisationId != null ? organisationId : profile.getOrganisationId(),
                            orElse(person.position(), profile.getPosition()), orElse(person.email(), profile.getEmail()),
                            orElse(person.phone(), profile.getPhone()),
                            profile.getGender() != null ? profile.getGender() : Iin.sex(person.iin()));
                } else {
                    // a trainer's list completes what another seminar recorded, never overwrites it
                    profile.fill(profile.getIin(), orElse(profile.getRegionId(), person.regionId()),
                            profile.getOrganisationId() != null ? profile.getOrganisationId() : organisationId,
                            orElse(profile.getPosition(), person.position()), orElse(profile.getEmail(), person.email()),
                            orElse(profile.getPhone(), person.phone()), profile.getGender());
                }
                profiles.save(profile);
                emails.put(userId, profile.getEmail());
            }
            people.add(userId);
            if (person.standing() == Standing.ALREADY_PARTICIPANT) {
                already++;
            } else {
                participants.save(new Participant(seminar.getId(), userId, clock.instant()));
                added++;
            }
        }
        // people who already had an account sign in as before: their slip names their user name only
        Map<Long, AccountSummary> accounts = users.accounts(people).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        List<Slip> slips = people.stream().map(userId -> newAccounts.getOrDefault(userId,
                new Slip(accounts.get(userId).fullName(), accounts.get(userId).username(), null, emails.get(userId))))
                .toList();
        return new Result(added, newAccounts.size(), already, slips);
    }

    /**
     * The sign-in slips as a PDF to print (A4, eight a page): name, user name, the temporary password
     * of a new account or a note that the person signs in as before, and the address to sign in at.
     * The slips come from the {@link Result} of the save just made: passwords are never kept.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public byte[] slipsPdf(long seminarId, List<Slip> slips, String signInAddress, Language language) {
        Seminar seminar = access.manageable(seminarId);
        return SignInSlips.pdf(seminar.title(language), slips, signInAddress, language);
    }

    /** Whether slips can be sent by e-mail: an SMTP server is configured ({@code spring.mail.host}). */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public boolean mailConfigured() {
        return mail.configured();
    }

    /**
     * Sends each slip that has an e-mail address to its person, as plain text. Outside a transaction:
     * a slow mail server must not hold a database connection.
     *
     * @throws RuleViolation when no mail server is configured
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MailOutcome emailSlips(long seminarId, List<Slip> slips, String signInAddress, Language language) {
        Seminar seminar = access.manageable(seminarId);
        return mail.send(seminar.title(language), slips, signInAddress, language);
    }

    /** A row that passed every check, ready to save. */
    private record Person(String fullName, String iin, String regionId, String organisation, String position,
            String email, String phone, Long userId, Standing standing) {
    }

    private record Checked(Preview preview, List<Person> people) {
    }

    private Checked check(Seminar seminar, String fileName, byte[] bytes, Language language) {
        ParticipantList.Contents contents = ParticipantList.read(fileName, bytes);
        if (contents.refusal().isPresent()) {
            return new Checked(new Preview(fileName, List.of(contents.refusal().get()), List.of()), List.of());
        }
        List<ParticipantList.Row> rows = contents.rows();
        Map<String, Region> regionsByName = regionsByName();
        Set<String> validIins = rows.stream().map(row -> row.get(Column.IIN)).filter(Iin::isValid)
                .collect(Collectors.toSet());
        Map<String, ParticipantProfile> known = validIins.isEmpty() ? Map.of()
                : profiles.findByIinIn(validIins).stream()
                        .collect(Collectors.toMap(ParticipantProfile::getIin, Function.identity()));
        Map<Long, String> knownNames = known.isEmpty() ? Map.of()
                : users.namesOf(known.values().stream().map(ParticipantProfile::getUserId).toList());
        Set<Long> alreadyIn = participants.findBySeminarId(seminar.getId()).stream().map(Participant::getUserId)
                .collect(Collectors.toSet());
        // participants who joined by key or were added by name have an account but no IIN yet: a row
        // with their name gives them their profile instead of a second account
        Set<Long> withProfile = profiles.findByUserIdIn(alreadyIn).stream().filter(existing -> existing.getIin() != null)
                .map(ParticipantProfile::getUserId).collect(Collectors.toSet());
        Map<Long, String> withoutProfile = alreadyIn.stream().filter(id -> !withProfile.contains(id)).findAny()
                .isEmpty() ? Map.of()
                : users.namesOf(alreadyIn.stream().filter(id -> !withProfile.contains(id)).toList());
        long free = seminar.getCapacity() - (long) alreadyIn.size();
        long freeAtStart = Math.max(0, free);
        Map<String, Integer> firstLineOfIin = new HashMap<>();
        Set<String> counted = new HashSet<>();

        List<PreviewRow> shown = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (ParticipantList.Row row : rows) {
            List<Problem> problems = new ArrayList<>();
            if (row.badEncoding()) {
                problems.add(Problem.of("import.problem.encoding"));
            }
            String name = row.get(Column.NAME).replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                problems.add(Problem.of("import.problem.name-missing"));
            } else if (name.length() > MAX_NAME) {
                problems.add(Problem.of("import.problem.too-long", MAX_NAME));
            }
            String iin = row.get(Column.IIN).replace(" ", "");
            Optional<Iin.Problem> iinProblem = Iin.problem(iin);
            if (iin.isEmpty()) {
                problems.add(Problem.of("import.problem.iin-missing"));
            } else {
                iinProblem.ifPresent(problem -> problems
                        .add(Problem.of("iin.error." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            }
            Integer firstLine = iinProblem.isEmpty() ? firstLineOfIin.putIfAbsent(iin, row.line()) : null;
            if (firstLine != null) {
                problems.add(Problem.of("import.problem.iin-duplicate", firstLine));
            }
            ParticipantProfile profile = iinProblem.isEmpty() ? known.get(iin) : null;
            if (profile != null && !name.isEmpty()
                    && !sameName(name, knownNames.getOrDefault(profile.getUserId(), ""))) {
                problems.add(Problem.of("import.problem.iin-other-name"));
            }
            String regionText = row.get(Column.REGION);
            Region region = regionsByName.get(normalised(regionText));
            if (region == null) {
                problems.add(regionText.isEmpty() ? Problem.of("import.problem.region-missing")
                        : Problem.of("import.problem.region-unknown", regionText));
            }
            String organisation = row.get(Column.ORGANISATION).replaceAll("\\s+", " ");
            String position = row.get(Column.POSITION);
            if (organisation.length() > MAX_TEXT || position.length() > MAX_TEXT) {
                problems.add(Problem.of("import.problem.too-long", MAX_TEXT));
            }
            String email = row.get(Column.EMAIL);
            if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                problems.add(Problem.of("import.problem.email", email));
            }
            String phone = row.get(Column.PHONE);
            if (!phone.isEmpty() && !validPhone(phone)) {
                problems.add(Problem.of("import.problem.phone", phone));
            }
            Long userId = profile == null ? null : profile.getUserId();
            if (userId == null && iinProblem.isEmpty() && !name.isEmpty()) {
                List<Long> sameNamed = withoutProfile.entrySet().stream()
                        .filter(candidate -> sameName(name, candidate.getValue())).map(Map.Entry::getKey).toList();
                if (sameNamed.size() == 1) {
                    userId = sameNamed.getFirst();
                }
            }
            Standing standing = userId == null ? Standing.NEW_PERSON
                    : alreadyIn.contains(userId) ? Standing.ALREADY_PARTICIPANT : Standing.EXISTING_ACCOUNT;
            if (standing != Standing.ALREADY_PARTICIPANT && firstLine == null && counted.add(iin) && free-- <= 0) {
                problems.add(Problem.of("import.problem.capacity", seminar.getCapacity()));
            }
            shown.add(new PreviewRow(row.line(), name, Iin.masked(iin), region == null ? regionText : region.name(language),
                    organisation, position, email, phone, standing, List.copyOf(problems)));
            if (problems.isEmpty()) {
                people.add(new Person(name, iin, region.getId(), organisation, position, email, phone, userId, standing));
            }
        }
        long beyondCapacity = shown.stream().filter(row -> row.problems().stream()
                .anyMatch(problem -> problem.key().equals("import.problem.capacity"))).count();
        // said at the top, before the rows: the list is longer than the places left
        List<Problem> fileProblems = beyondCapacity == 0 ? List.of()
                : List.of(Problem.of("import.file.over-capacity", freeAtStart + beyondCapacity, freeAtStart));
        return new Checked(new Preview(fileName, fileProblems, List.copyOf(shown)), people);
    }

    private Long organisationId(String name, String regionId) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return organisations.findByNameIgnoreCase(name)
                .orElseGet(() -> organisations.save(new Organisation(name, regionId))).getId();
    }

    /** Every region and city by its id and by each of its names in kk, ru and en. */
    private Map<String, Region> regionsByName() {
        Map<String, Region> byName = new HashMap<>();
        for (Region region : regions.findAll()) {
            byName.put(normalised(region.getId()), region);
            region.names().forEach(name -> byName.put(normalised(name), region));
        }
        return byName;
    }

    private static boolean sameName(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean validPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 10 && digits <= 15;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String orElse(String text, String before) {
        return text == null || text.isBlank() ? before : text;
    }
}
