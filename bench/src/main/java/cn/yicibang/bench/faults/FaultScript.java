package cn.yicibang.bench.faults;

import cn.yicibang.bench.Bench;

/** A script that injects a fault and checks what survived; not part of {@code bench/run all}. */
public interface FaultScript extends Bench.Benchmark {}
