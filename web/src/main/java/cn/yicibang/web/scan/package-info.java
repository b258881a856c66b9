/** The header's number field: a typed or scanned number opens what it names. */
package cn.yicibang.web.scan;
