package cn.yicibang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on, read off this machine. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
    String mem = firstValue("/proc/meminfo", "MemTotal");
    m.put(
        "memory_gib",
        mem == null ? null : Math.round(Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1048576.0));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    return m;
  }

  private static String firstValue(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
