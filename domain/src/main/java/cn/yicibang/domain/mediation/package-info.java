/**
 * Police-to-mediation handoff (公调对接): a dispute a police station received, handed to a people's
 * mediation committee or a station's mediation room with the parties' consent, mediated in rounds
 * capped per level (data, seeded 4 village, 3 town, 2 district), escalated level by level, settled
 * by a mediation agreement or referred out, reported back to the station and followed up.
 */
package cn.yicibang.domain.mediation;
