/** Demonstration data for the demo configuration only. */
package cn.yicibang.ejb.demo;
