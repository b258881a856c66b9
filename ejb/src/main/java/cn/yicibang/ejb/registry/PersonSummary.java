package cn.yicibang.ejb.registry;

import cn.yicibang.domain.registry.Sex;
import java.io.Serializable;
import java.util.UUID;

/**
 * One line of a register search: the identity number is masked, as in every list, and the birth
 * shown by its year only, since the eight digits the mask hides are the birth date; the status
 * shows the deceased and the moved out, who stay findable; a person found by a former name says
 * which ({@code matchedFormerName}, null when the present name matched).
 */
public record PersonSummary(
    UUID id,
    String maskedResidentId,
    String name,
    Sex sex,
    int birthYear,
    String address,
    String householdNo,
    cn.yicibang.domain.registry.PersonStatus status,
    String matchedFormerName)
    implements Serializable {}
