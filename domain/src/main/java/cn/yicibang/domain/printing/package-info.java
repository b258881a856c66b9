/** Records of printed official forms, for verification by their reference. */
package cn.yicibang.domain.printing;
