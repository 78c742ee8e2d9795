package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.antq.models.security.FormFieldTypes.Kind;

/**
 * The kinds the forms give their fields, which every submission is checked against: one field
 * name means one kind in every form, so a name cannot be a text in one form and a list in another.
 */
class FormFieldTypesTest {

    final FormFieldTypes types = new FormFieldTypes();

    @Test
    void everyFieldNameHasOneKindInEveryForm() {
        assertThat(types.all()).isNotEmpty();
        assertThat(types.all())
                .allSatisfy((field, kinds) -> assertThat(kinds).as(field).hasSize(1));
    }

    @Test
    void theFormsFieldsHaveTheKindsTheContractNames() {
        assertThat(types.of("members")).isEqualTo(Set.of(Kind.NUMBER));
        assertThat(types.of("valuableTips")).isEqualTo(Set.of(Kind.NUMBER));
        assertThat(types.of("targetUnits")).isEqualTo(Set.of(Kind.LIST));
        assertThat(types.of("foundedOn")).isEqualTo(Set.of(Kind.TEXT));
        assertThat(types.of("decision")).isEqualTo(Set.of(Kind.TEXT));
        assertThat(types.of("unitCode")).isEmpty();
    }
}
