package cn.yicibang.ejb.bundle;

import java.util.Map;
import java.util.Set;

/**
 * What the hall submits: the bundle, the one form's values by canonical key, and the materials it
 * has seen.
 */
public record NewBundle(String bundle, Map<String, String> values, Set<String> materialsSeen) {}
