/** The police-to-mediation handoff over REST (and, later, its pages). */
package cn.yicibang.web.mediation;
