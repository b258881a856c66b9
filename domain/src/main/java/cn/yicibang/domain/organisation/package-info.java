/**
 * Places and organisations: the division hierarchy with its codes, and the stations, bureaus,
 * halls, mediation bodies and departments with their jurisdictions.
 */
package cn.yicibang.domain.organisation;
