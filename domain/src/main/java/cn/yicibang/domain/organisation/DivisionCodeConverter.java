package cn.yicibang.domain.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link DivisionCode} as its digits. */
@Converter(autoApply = true)
public class DivisionCodeConverter implements AttributeConverter<DivisionCode, String> {

  @Override
  public String convertToDatabaseColumn(DivisionCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public DivisionCode convertToEntityAttribute(String column) {
    return column == null ? null : DivisionCode.of(column);
  }
}
