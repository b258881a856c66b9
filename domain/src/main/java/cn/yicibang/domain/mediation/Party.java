package cn.yicibang.domain.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A party to a dispute: a resident found in the register (their identity number kept), or someone
 * else with the identity document they showed; and whether they agreed to mediation, which is
 * voluntary. Values are kept as entered; a value too long is refused, never cut.
 */
@Embeddable
public class Party {

  public static final int NAME_LENGTH = 200;
  public static final int ID_NUMBER_LENGTH = 40;
  public static final int PHONE_LENGTH = 20;
  public static final int ADDRESS_LENGTH = 400;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 12)
  private PartyRole role;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "resident_id", length = ResidentId.LENGTH)
  private String residentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_kind", nullable = false, length = 16)
  private IdKind idKind;

  @Column(name = "id_number", nullable = false, length = ID_NUMBER_LENGTH)
  private String idNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", length = 8)
  private Sex sex;

  @Column(name = "phone", length = PHONE_LENGTH)
  private String phone;

  @Column(name = "address", length = ADDRESS_LENGTH)
  private String address;

  @Column(name = "consent", nullable = false)
  private boolean consent;

  protected Party() {}

  /**
   * @param residentId the register's number when the party was found in the register, else null
   * @param idKind and {@code idNumber}: the document shown (for a resident, the identity number)
   */
  public Party(
      PartyRole role,
      String name,
      ResidentId residentId,
      IdKind idKind,
      String idNumber,
      Sex sex,
      String phone,
      String address,
      boolean consent) {
    this.role = Objects.requireNonNull(role, "role");
    this.name = text(name, NAME_LENGTH, "mediation.party.name");
    if (this.name == null) {
      throw new BusinessException("mediation.party.nameRequired");
    }
    this.residentId = residentId == null ? null : residentId.value();
    this.idKind =
        residentId != null ? IdKind.RESIDENT_ID : Objects.requireNonNull(idKind, "idKind");
    this.idNumber =
        residentId != null
            ? residentId.value()
            : text(idNumber, ID_NUMBER_LENGTH, "mediation.party.idNumber");
    if (this.idNumber == null) {
      throw new BusinessException("mediation.party.idRequired", this.name);
    }
    if (this.idKind == IdKind.RESIDENT_ID && !ResidentId.isValid(this.idNumber)) {
      throw new BusinessException("mediation.party.idInvalid", this.name);
    }
    this.sex = sex;
    this.phone = text(phone, PHONE_LENGTH, "mediation.party.phone");
    this.address = text(address, ADDRESS_LENGTH, "mediation.party.address");
    this.consent = consent;
  }

  /** Stripped text, null when blank; refused when longer than the column holds. */
  static String text(String value, int max, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.codePointCount(0, v.length()) > max || v.length() > max) {
      throw new BusinessException("mediation.tooLong", new Label(what), max);
    }
    return v;
  }

  public PartyRole role() {
    return role;
  }

  public String name() {
    return name;
  }

  /** The register's identity number, or null for someone not in the register. */
  public ResidentId residentId() {
    return residentId == null ? null : ResidentId.of(residentId);
  }

  public IdKind idKind() {
    return idKind;
  }

  /** The document's number as shown; lists mask it. */
  public String idNumber() {
    return idNumber;
  }

  /** The document number with only its first and last characters visible. */
  public String maskedIdNumber() {
    if (idKind == IdKind.RESIDENT_ID) {
      return ResidentId.of(idNumber).masked();
    }
    int n = idNumber.length();
    return n <= 4
        ? "****"
        : idNumber.substring(0, 2) + "*".repeat(n - 4) + idNumber.substring(n - 2);
  }

  public Sex sex() {
    return sex;
  }

  public String phone() {
    return phone;
  }

  public String address() {
    return address;
  }

  public boolean consent() {
    return consent;
  }
}
