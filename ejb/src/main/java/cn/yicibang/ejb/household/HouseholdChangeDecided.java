package cn.yicibang.ejb.household;

import cn.yicibang.ejb.security.Caller;
import java.util.UUID;

/**
 * Fired inside the deciding transaction when a household change is finally approved (the register
 * changed) or refused, so that work waiting on it (a one-stop bundle's police part) follows in the
 * same transaction.
 *
 * @param note the refusal ground in words, or null when approved
 */
public record HouseholdChangeDecided(
    UUID applicationId, String acceptanceNo, boolean approved, String note, Caller decider) {}
