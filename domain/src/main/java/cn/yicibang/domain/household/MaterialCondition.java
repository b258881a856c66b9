package cn.yicibang.domain.household;

/**
 * When a material of a register operation is needed. The conditions are the ones the code can
 * decide from the declaration; which material each one asks for is data.
 */
public enum MaterialCondition {
  ALWAYS,
  /** Declared after the rule's {@code late_after_days} from the event (birth, death). */
  LATE,
  /** A birth whose parents are married: the marriage certificate. */
  PARENTS_MARRIED,
  /** A birth declared by someone the register does not show as a parent of the newborn. */
  APPLICANT_NOT_PARENT,
  /** A move that founds a new household (立户): proof of the dwelling. */
  NEW_HOUSEHOLD,
  /** A move into an existing household: the consent of the dwelling's owner. */
  INTO_HOUSEHOLD;

  /** What the code knows of one declaration, to decide each condition. */
  public record Facts(
      boolean late, boolean parentsMarried, boolean applicantNotParent, boolean newHousehold) {

    /** The facts of a declaration that is not a move. */
    public Facts(boolean late, boolean parentsMarried, boolean applicantNotParent) {
      this(late, parentsMarried, applicantNotParent, false);
    }

    /** The facts of a move. */
    public static Facts ofMove(boolean newHousehold) {
      return new Facts(false, false, false, newHousehold);
    }
  }

  public boolean holds(Facts facts) {
    return switch (this) {
      case ALWAYS -> true;
      case LATE -> facts.late();
      case PARENTS_MARRIED -> facts.parentsMarried();
      case APPLICANT_NOT_PARENT -> facts.applicantNotParent();
      case NEW_HOUSEHOLD -> facts.newHousehold();
      case INTO_HOUSEHOLD -> !facts.newHousehold();
    };
  }
}
