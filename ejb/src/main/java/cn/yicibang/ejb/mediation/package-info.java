/**
 * The police-to-mediation handoff's services: intake and routing at the station, the mediation
 * body's work (accept, return, sessions with escalation, settlement, referral, follow-up), the
 * lists and case views for each side, the feedback to the station and the acceptance watch.
 */
package cn.yicibang.ejb.mediation;
