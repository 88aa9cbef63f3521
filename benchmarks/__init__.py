"""Throughput benchmarks: a synthetic wire corpus and the runner that compares approaches."""
