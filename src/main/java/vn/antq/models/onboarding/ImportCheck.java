package vn.antq.models.onboarding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.common.SearchText;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRules;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;

/**
 * Checks the rows of an import, sheet after sheet, with the rules the forms use ({@link FormInput},
 * the same lengths and refusals) and what only a registry has: a unit's parent exists (in the
 * registry or on an earlier row), an official's unit exists, a model runs in a commune, a point's
 * origin exists, codes and points are unique, everything lies in the importer's province. Each row
 * is accepted as a {@link Planned} change (created, updated or unchanged) or refused with its sheet,
 * row, column and a Vietnamese reason. Nothing is stored here.
 */
public final class ImportCheck {

    /** What the check needs to know of the registry, so that it runs without a transaction of its own. */
    public interface Registry {
        Optional<AdministrativeUnit> unit(String code);

        Optional<SecurityModel> model(String code);

        /** A model or point by its natural key: origin (null for a model), commune and folded name. */
        Optional<SecurityModel> modelByNaturalKey(String originCode, String unitCode, String searchName);

        /** The unit groups a login belongs to now; empty if there is no such login. */
        Optional<List<String>> officialGroups(String login);
    }

    public enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** An accepted row and what importing it does. {@code values} are cleaned and typed. */
    public record Planned(ImportSheet sheet, int row, Change change, Map<String, Object> values) {}

    public record Refusal(String sheet, int row, String column, String message) {}

    public record Result(List<Planned> accepted, List<Refusal> refused, Map<ImportSheet, Integer> rows) {}

    /** Codes of units and officials' logins: what Camunda allows as group and user ids. */
    private static final String ID = "[A-Za-z0-9]{1,20}";

    private static final String LOGIN = "[A-Za-z0-9]{1,64}";
    private static final String MODEL_CODE = "[A-Z0-9][A-Z0-9-]{0,29}";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}";
    private static final DateTimeFormatter VN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Registry registry;
    private final Messages messages;
    /** The province the importer may import into; null for an administrator (anywhere). */
    private final String scopeProvince;

    private final Map<String, AdministrativeUnit> unitsInFile = new HashMap<>();
    private final Set<String> modelCodesInFile = new HashSet<>();
    private final Set<String> pointsInFile = new HashSet<>();
    private final Set<String> loginsInFile = new HashSet<>();

    public ImportCheck(Registry registry, Messages messages, String scopeProvince) {
        this.registry = registry;
        this.messages = messages;
        this.scopeProvince = scopeProvince;
    }

    public Result check(Map<ImportSheet, List<SheetRow>> sheets) {
        List<Planned> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Map<ImportSheet, Integer> rows = new LinkedHashMap<>();
        for (ImportSheet sheet : ImportSheet.values()) {
            List<SheetRow> list = sheets.getOrDefault(sheet, List.of());
            rows.put(sheet, list.size());
            for (SheetRow row : list) {
                try {
                    accepted.add(
                            switch (sheet) {
                                case UNITS -> unit(row);
                                case OFFICIALS -> official(row);
                                case MODELS -> model(row);
                            });
                } catch (RowRefusal r) {
                    refused.add(new Refusal(sheet.key(), row.row(), r.column, r.getMessage()));
                } catch (FieldRefusal r) {
                    refused.add(new Refusal(sheet.key(), row.row(), r.getField(), asColumn(sheet, r)));
                }
            }
        }
        return new Result(accepted, refused, rows);
    }

    // ------------------------------------------------------------------ units

    private Planned unit(SheetRow row) {
        FormInput in = input(row);
        String code = code(in, row, "code", ID);
        String name = in.text("name", 200, true);
        UnitLevel level = choice(row, "level", UnitLevel.class);
        String parentCode = row.get("parentCode") == null ? null : code(in, row, "parentCode", ID);
        boolean twoTier = yes(row, "twoTier");
        if (unitsInFile.containsKey(code)) {
            throw refuse(row, "code", "import.problem.duplicate");
        }
        AdministrativeUnit parent = null;
        if (level == UnitLevel.PROVINCE) {
            if (parentCode != null) {
                throw refuse(row, "parentCode", "import.problem.provinceHasNoParent");
            }
            if (scopeProvince != null && !code.equals(scopeProvince)) {
                throw refuse(row, "code", "import.problem.outOfScope");
            }
        } else {
            if (parentCode == null) {
                throw refuse(row, "parentCode", "problem.required");
            }
            parent = liveUnit(row, "parentCode", parentCode);
            boolean fits = level == UnitLevel.DISTRICT
                    ? parent.is(UnitLevel.PROVINCE) && !parent.isTwoTier()
                    : parent.is(UnitLevel.DISTRICT) || (parent.is(UnitLevel.PROVINCE) && parent.isTwoTier());
            if (!fits) {
                throw refuse(
                        row,
                        "parentCode",
                        level == UnitLevel.DISTRICT ? "import.problem.districtParent" : "import.problem.communeParent");
            }
            if (!inScope(parent)) {
                throw refuse(row, "parentCode", "import.problem.outOfScope");
            }
            if (twoTier) {
                throw refuse(row, "twoTier", "import.problem.twoTierOnlyProvince");
            }
        }
        AdministrativeUnit unit = new AdministrativeUnit(code, name, level, parentCode, twoTier);
        Change change = registry.unit(code)
                .map(stored -> {
                    if (stored.getLevel() != level
                            || !java.util.Objects.equals(stored.getParentCode(), parentCode)
                            || stored.isTwoTier() != twoTier) {
                        throw refuse(row, "code", "import.problem.unitMoved");
                    }
                    return stored.getName().equals(name) ? Change.UNCHANGED : Change.UPDATED;
                })
                .orElse(Change.CREATED);
        unitsInFile.put(code, unit);
        return new Planned(ImportSheet.UNITS, row.row(), change, Map.of("unit", unit));
    }

    // ------------------------------------------------------------------ officials

    private Planned official(SheetRow row) {
        FormInput in = input(row);
        String login = code(in, row, "login", LOGIN);
        String fullName = in.text("fullName", 200, true);
        String email = in.text("email", 254, true);
        if (!email.matches(EMAIL)) {
            throw refuse(row, "email", "import.problem.email");
        }
        String unitCode = code(in, row, "unitCode", ID);
        AdministrativeUnit unit = liveUnit(row, "unitCode", unitCode);
        if (!inScope(unit)) {
            throw refuse(row, "unitCode", "import.problem.outOfScope");
        }
        OfficialRole role = row.get("role") == null ? OfficialRole.OFFICER : choice(row, "role", OfficialRole.class);
        if (role == OfficialRole.SUPERVISOR && !unit.is(UnitLevel.PROVINCE)) {
            throw refuse(row, "role", "import.problem.supervisorOfProvince");
        }
        if (!loginsInFile.add(login.toLowerCase(Locale.ROOT))) {
            throw refuse(row, "login", "import.problem.duplicate");
        }
        String group = role.groupOf(unitCode);
        Change change = registry.officialGroups(login)
                .map(groups -> {
                    List<String> units =
                            groups.stream().filter(g -> !g.equals(group)).toList();
                    if (!units.isEmpty()) {
                        throw refuse(row, "unitCode", "import.problem.officialElsewhere", String.join(", ", units));
                    }
                    return groups.contains(group) ? Change.UNCHANGED : Change.UPDATED;
                })
                .orElse(Change.CREATED);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("login", login);
        values.put("fullName", fullName);
        values.put("email", email);
        values.put("group", group);
        values.put("unitName", unit.getName());
        return new Planned(ImportSheet.OFFICIALS, row.row(), change, values);
    }

    /** What an imported official does: acts for the unit, or (at a province) supervises it read-only. */
    public enum OfficialRole {
        OFFICER,
        SUPERVISOR;

        String groupOf(String unitCode) {
            return this == OFFICER
                    ? vn.antq.models.unit.UnitGroups.actorGroup(unitCode)
                    : vn.antq.models.unit.UnitGroups.supervisionGroup(unitCode);
        }
    }

    // ------------------------------------------------------------------ models

    private Planned model(SheetRow row) {
        Map<String, Object> cells = new LinkedHashMap<>(row.values());
        cells.put("foundedOn", isoDate(row, "foundedOn"));
        cells.put("members", wholeNumberText(row.get("members")));
        cells.computeIfPresent("field", (k, v) -> enumName((String) v, ModelField.class));
        cells.computeIfPresent("hostType", (k, v) -> enumName((String) v, HostType.class));
        FormInput in = new FormInput(cells, messages);
        refuseUnreadable(row);
        String code = row.get("code") == null ? null : code(in, row, "code", MODEL_CODE);
        if (code != null && !modelCodesInFile.add(code)) {
            throw refuse(row, "code", "import.problem.duplicate");
        }
        String name = in.text("name", ModelRules.NAME_MAX, true);
        ModelField field = in.choice("field", ModelField.class);
        HostType hostType = in.choice("hostType", HostType.class);
        String hostName = in.text("hostName", 200, false);
        String unitCode = code(in, row, "unitCode", ID);
        AdministrativeUnit commune = liveUnit(row, "unitCode", unitCode);
        if (!commune.is(UnitLevel.COMMUNE)) {
            throw refuse(row, "unitCode", "import.problem.notCommune");
        }
        if (!inScope(commune)) {
            throw refuse(row, "unitCode", "import.problem.outOfScope");
        }
        LocalDate foundedOn = in.date("foundedOn", true);
        ModelRules.checkFounded(in, "foundedOn", foundedOn);
        String decisionNo = in.text("decisionNo", 100, true);
        String leaderName = in.text("leaderName", 200, true);
        String leaderPhone = in.phone("leaderPhone", true);
        long members = in.wholeNumber("members", 1, true);
        String originCode = row.get("originCode") == null ? null : code(in, row, "originCode", MODEL_CODE);
        if (originCode != null
                && !modelCodesInFile.contains(originCode)
                && registry.model(originCode).isEmpty()) {
            throw refuse(row, "originCode", "import.problem.unknownOrigin", originCode);
        }
        ModelStatus status =
                row.get("status") == null ? ModelStatus.ACTIVE : choice(row, "status", ImportedStatus.class).status;
        Classification last =
                row.get("lastClassification") == null ? null : choice(row, "lastClassification", Classification.class);
        cells.put("lastEvaluatedOn", isoDate(row, "lastEvaluatedOn"));
        LocalDate lastEvaluatedOn = in.date("lastEvaluatedOn", false);
        if (lastEvaluatedOn != null
                && (lastEvaluatedOn.isAfter(Clocks.today()) || lastEvaluatedOn.isBefore(foundedOn))) {
            throw refuse(row, "lastEvaluatedOn", "import.problem.evaluatedOutsideLife");
        }
        String searchName = SearchText.fold(name);
        String naturalKey = originCode + "|" + unitCode + "|" + searchName;
        if (!pointsInFile.add(naturalKey)) {
            throw refuse(row, "name", "import.problem.samePointTwice");
        }
        Optional<SecurityModel> stored =
                code != null ? registry.model(code) : registry.modelByNaturalKey(originCode, unitCode, searchName);
        if (code == null && stored.isPresent()) {
            modelCodesInFile.add(stored.get().getCode());
        }
        Change change = stored.map(m -> {
                    if (!m.getUnitCode().equals(unitCode) || !java.util.Objects.equals(m.getOriginCode(), originCode)) {
                        throw refuse(row, "code", "import.problem.modelMoved");
                    }
                    boolean same = m.getName().equals(name)
                            && m.getField() == field
                            && m.getHostType() == hostType
                            && m.getFoundedOn().equals(foundedOn)
                            && m.getDecisionNo().equals(decisionNo)
                            && m.getLeaderName().equals(leaderName)
                            && m.getLeaderPhone().equals(leaderPhone)
                            && m.getMembers() == members
                            && m.getStatus() == status
                            && java.util.Objects.equals(m.getHostName(), hostName);
                    if (!same && !m.isImported()) {
                        throw refuse(row, "code", "import.problem.managedByApplication");
                    }
                    return same ? Change.UNCHANGED : Change.UPDATED;
                })
                .orElse(Change.CREATED);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", stored.map(SecurityModel::getCode).orElse(code));
        values.put("name", name);
        values.put("field", field);
        values.put("hostType", hostType);
        values.put("hostName", hostName);
        values.put("commune", commune);
        values.put("foundedOn", foundedOn);
        values.put("decisionNo", decisionNo);
        values.put("leaderName", leaderName);
        values.put("leaderPhone", leaderPhone);
        values.put("members", members);
        values.put("originCode", originCode);
        values.put("status", status);
        values.put("lastClassification", last);
        values.put("lastEvaluatedOn", lastEvaluatedOn);
        return new Planned(ImportSheet.MODELS, row.row(), change, values);
    }

    /** The two statuses a registry brings in: running, or already weeded out. */
    enum ImportedStatus {
        ACTIVE(ModelStatus.ACTIVE),
        RETIRED(ModelStatus.RETIRED);

        final ModelStatus status;

        ImportedStatus(ModelStatus status) {
            this.status = status;
        }
    }

    // ------------------------------------------------------------------ cells

    private FormInput input(SheetRow row) {
        refuseUnreadable(row);
        return new FormInput(new LinkedHashMap<>(row.values()), messages);
    }

    private void refuseUnreadable(SheetRow row) {
        row.unreadable().entrySet().stream().findFirst().ifPresent(e -> {
            throw refuse(row, e.getKey(), e.getValue(), WorkbookReader.MAX_CELL);
        });
    }

    private String code(FormInput in, SheetRow row, String column, String pattern) {
        String code = in.text(column, 64, true);
        if (!code.matches(pattern)) {
            throw refuse(row, column, "import.problem.code");
        }
        return code;
    }

    /** The unit a row names: it must exist (in the registry or a row above) and not have been dissolved by a reorganization. */
    private AdministrativeUnit liveUnit(SheetRow row, String column, String code) {
        AdministrativeUnit u = unit(code).orElseThrow(() -> refuse(row, column, "import.problem.unknownUnit", code));
        if (u.isDissolved()) {
            throw refuse(row, column, "import.problem.dissolvedUnit", code, u.getDissolvedInto());
        }
        return u;
    }

    private Optional<AdministrativeUnit> unit(String code) {
        AdministrativeUnit inFile = unitsInFile.get(code);
        return inFile != null ? Optional.of(inFile) : registry.unit(code);
    }

    /** Within the importer's province: the unit is the province or has it above. */
    private boolean inScope(AdministrativeUnit unit) {
        if (scopeProvince == null) {
            return true;
        }
        AdministrativeUnit u = unit;
        for (int depth = 0; u != null && depth < 5; depth++) {
            if (u.getCode().equals(scopeProvince)) {
                return true;
            }
            u = u.getParentCode() == null ? null : unit(u.getParentCode()).orElse(null);
        }
        return false;
    }

    /** An enum constant by its name or its Vietnamese label ("Khu dân cư" or RESIDENTIAL_AREA), diacritics ignored. */
    private <E extends Enum<E>> E choice(SheetRow row, String column, Class<E> type) {
        String raw = row.get(column);
        if (raw == null) {
            throw refuse(row, column, "problem.required");
        }
        String name = enumName(raw, type);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw refuse(row, column, "problem.notAChoice");
        }
    }

    private <E extends Enum<E>> String enumName(String raw, Class<E> type) {
        String folded = SearchText.fold(raw).replace('_', ' ');
        for (E constant : type.getEnumConstants()) {
            if (SearchText.fold(constant.name()).replace('_', ' ').equals(folded)
                    || SearchText.fold(messages.get("import.choice." + type.getSimpleName() + "." + constant.name()))
                            .equals(folded)
                    || SearchText.fold(messages.label(constant)).equals(folded)) {
                return constant.name();
            }
        }
        return raw;
    }

    private boolean yes(SheetRow row, String column) {
        String raw = row.get(column);
        if (raw == null) {
            return false;
        }
        String v = SearchText.fold(raw);
        if (Set.of("true", "1", "x", "co", "yes").contains(v)) {
            return true;
        }
        if (Set.of("false", "0", "khong", "no").contains(v)) {
            return false;
        }
        throw refuse(row, column, "import.problem.yesNo");
    }

    /** A date as the reader gives an Excel date (yyyy-MM-dd), or as officials write one (dd/MM/yyyy). */
    private static String isoDate(SheetRow row, String column) {
        String raw = row.get(column);
        if (raw == null || !raw.contains("/")) {
            return raw;
        }
        try {
            return LocalDate.parse(raw.trim(), VN_DATE).toString();
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** "1.200" (a dot between thousands, as Vietnamese write numbers) is 1200. */
    private static String wholeNumberText(String raw) {
        return raw != null && raw.matches("\\d{1,3}(\\.\\d{3})+") ? raw.replace(".", "") : raw;
    }

    private RowRefusal refuse(SheetRow row, String column, String problemKey, Object... args) {
        return new RowRefusal(
                column,
                messages.get(
                        "refusal", messages.get(row.sheet().labelKey(column)), column, messages.get(problemKey, args)));
    }

    /** A form rule's refusal, naming the column by the template's label rather than the form's. */
    private String asColumn(ImportSheet sheet, FieldRefusal r) {
        String formPrefix = messages.get("refusal", messages.fieldLabel(r.getField()), r.getField(), "");
        String problem =
                r.getMessage().startsWith(formPrefix) ? r.getMessage().substring(formPrefix.length()) : r.getMessage();
        return messages.get("refusal", messages.get(sheet.labelKey(r.getField())), r.getField(), problem);
    }

    /** A refused row: the column and the sentence that says why. */
    private static final class RowRefusal extends RuntimeException {
        final String column;

        RowRefusal(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    static Function<String, String> labels(Messages messages) {
        return messages::get;
    }
}
