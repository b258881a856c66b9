/** Looking up residents and their register records, scoped to the caller's jurisdiction. */
package cn.yicibang.ejb.registry;
