/** The caller behind every service call and the boundary of what they may see. */
package cn.yicibang.ejb.security;
