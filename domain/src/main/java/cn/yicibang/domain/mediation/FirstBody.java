package cn.yicibang.domain.mediation;

/** Where a dispute type is proposed to go first; a missing body falls back to the next one up. */
public enum FirstBody {
  VILLAGE_SAGE,
  VILLAGE,
  STATION_ROOM,
  TOWN
}
