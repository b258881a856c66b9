package cn.yicibang.ejb.registry;

import cn.yicibang.domain.registry.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a register search: the identity number is masked, as in every list. */
public record PersonSummary(
    UUID id,
    String maskedResidentId,
    String name,
    Sex sex,
    LocalDate birthDate,
    String address,
    String householdNo)
    implements Serializable {}
