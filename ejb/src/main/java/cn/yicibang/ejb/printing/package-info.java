/**
 * Printing official forms: filling them from the register, recording each print for verification.
 */
package cn.yicibang.ejb.printing;
