/** Typed settings over MicroProfile Config. */
package cn.yicibang.ejb.config;
