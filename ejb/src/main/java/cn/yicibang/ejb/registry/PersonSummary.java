package cn.yicibang.ejb.registry;

import cn.yicibang.domain.registry.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a register search: the identity number is masked, as in every list; the status shows
 * the deceased and the moved out, who stay findable; a person found by a former name says which
 * ({@code matchedFormerName}, null when the present name matched).
 */
public record PersonSummary(
    UUID id,
    String maskedResidentId,
    String name,
    Sex sex,
    LocalDate birthDate,
    String address,
    String householdNo,
    cn.yicibang.domain.registry.PersonStatus status,
    String matchedFormerName)
    implements Serializable {}
