package cn.yicibang.domain.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ResidentId} as its 18 characters. */
@Converter(autoApply = true)
public class ResidentIdConverter implements AttributeConverter<ResidentId, String> {

  @Override
  public String convertToDatabaseColumn(ResidentId id) {
    return id == null ? null : id.value();
  }

  @Override
  public ResidentId convertToEntityAttribute(String column) {
    return column == null ? null : ResidentId.of(column);
  }
}
