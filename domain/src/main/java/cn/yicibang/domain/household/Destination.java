package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.Household;
import java.util.Map;

/**
 * Where people move to inside the district: an existing household, by its number, or a new one (立户)
 * at an address in a unit or village of the receiving station.
 */
public record Destination(String householdNo, String newAddress, String newDivision) {

  public static final String HOUSEHOLD_NO = "to.householdNo";
  public static final String NEW_ADDRESS = "to.newAddress";
  public static final String NEW_DIVISION = "to.newDivision";

  public Destination {
    householdNo = Texts.optional(householdNo);
    newAddress = Texts.optional(newAddress);
    newDivision = Texts.optional(newDivision);
    boolean existing = householdNo != null;
    boolean fresh = newAddress != null || newDivision != null;
    if (existing == fresh) {
      throw new BusinessException("household.move.destinationOne");
    }
    if (fresh && (newAddress == null || newDivision == null)) {
      throw new BusinessException("household.move.newHouseholdIncomplete");
    }
    if (newAddress != null
        && newAddress.codePointCount(0, newAddress.length()) > Household.ADDRESS_LENGTH) {
      throw new BusinessException("registry.value.tooLong", "ADDRESS");
    }
    if (householdNo != null && householdNo.length() > Household.NUMBER_LENGTH) {
      throw new BusinessException("household.move.householdUnknown", householdNo);
    }
  }

  /** True when the people found a new household. */
  public boolean newHousehold() {
    return householdNo == null;
  }

  void into(Map<String, String> p) {
    if (householdNo != null) {
      p.put(HOUSEHOLD_NO, householdNo);
    } else {
      p.put(NEW_ADDRESS, newAddress);
      p.put(NEW_DIVISION, newDivision);
    }
  }

  public static Destination of(Map<String, String> p) {
    return new Destination(p.get(HOUSEHOLD_NO), p.get(NEW_ADDRESS), p.get(NEW_DIVISION));
  }
}
