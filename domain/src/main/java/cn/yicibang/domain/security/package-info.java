/** Users, their organisation and their roles. */
package cn.yicibang.domain.security;
