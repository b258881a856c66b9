/**
 * One-stop "one thing" bundles (一件事一次办): the catalogue as versioned data (bundles, their
 * eligibility rules, items, materials and canonical fields), and an application that fans out into
 * one task per item, each tracked to the end in its department.
 */
package cn.yicibang.domain.bundle;
