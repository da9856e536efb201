#!/usr/bin/env python3
"""Counts JFR execution samples by frame (inclusive and top), for the profiles in docs/BENCHMARKS.md.

usage: jfr print --events jdk.ExecutionSample --stack-depth 64 F.jfr | python3 bench/scripts/jfr_top.py FILTER [N]
  FILTER  only the samples with a frame containing it ("" for all); N  how many frames to list
"""
import sys, re, collections
filt = sys.argv[1] if len(sys.argv) > 1 else ''
n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
incl = collections.Counter(); top = collections.Counter(); total = 0; all_ = 0
frames = []
def flush():
    global total, all_
    if not frames: return
    all_ += 1
    if filt and not any(filt in f for f in frames): return
    total += 1
    top[frames[0]] += 1
    for f in set(frames): incl[f] += 1
for line in sys.stdin:
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        flush(); frames = []
    m = re.match(r'([\w$.<>/]+)\(.*\)\s+line:', s)
    if m: frames.append(m.group(1))
flush()
print('samples', all_, 'matching', total)
print('--- inclusive'); [print(f'{v*100/total:5.1f}% {k}') for k, v in incl.most_common(n)]
print('--- top frame'); [print(f'{v*100/total:5.1f}% {k}') for k, v in top.most_common(25)]
