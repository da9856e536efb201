#!/usr/bin/env python3
"""Who holds the objects of a heap dump (HPROF, 8-byte ids, as `jcmd PID GC.heap_dump FILE` writes).

For each object of the classes asked, follows its first referrer up through the JDK's own classes
(java.*) and arrays to the first other class, and prints that holder and field with the objects'
count and shallow bytes, largest first. "First referrer" is the first one met in the dump: an object
held from two places is counted under one. Reads the whole dump into memory (about 30 s and a few
times the dump's size for 200 MB).

    python3 bench/scripts/heap_owners.py FILE.hprof 'java.lang.String,double[],java.util.HashMap$Node'
"""
import sys, struct, collections
if len(sys.argv) != 3:
    raise SystemExit(__doc__)
path = sys.argv[1]; targets = set(sys.argv[2].split(','))
data = open(path, 'rb').read()
p = data.index(b'\0') + 1
IDS = struct.unpack('>I', data[p:p+4])[0]; p += 12
if IDS != 8:
    raise SystemExit(path + ': ids of %d bytes; only 8-byte ids are read' % IDS)
def rid(o): return int.from_bytes(data[o:o+8], 'big')
SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PNAME = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}
strings = {}; classname = {}
classes = {}  # id -> (super, [(name, type)], instsize)
cls_of = {}   # obj id -> class label
size_of = {}
parent = {}   # child -> (parent id, field label)
inst = []     # (id, class id, offset, length)
arrays = []   # (id, offset, n)
while p < len(data):
    tag = data[p]; length = struct.unpack('>I', data[p+5:p+9])[0]; body = p + 9; p = body + length
    if tag == 0x01:
        strings[rid(body)] = data[body+8:body+length].decode('utf-8', 'replace')
    elif tag == 0x02:
        classname[rid(body+4)] = strings.get(rid(body+16), '?').replace('/', '.')
    elif tag in (0x0C, 0x1C):
        q = body; end = body + length
        while q < end:
            st = data[q]; q += 1
            if st == 0xFF or st == 0x05 or st == 0x07: q += 8
            elif st == 0x01: q += 16
            elif st in (0x02, 0x03, 0x08): q += 16
            elif st in (0x04, 0x06): q += 12
            elif st == 0x20:
                cid = rid(q); sup = rid(q+12); isz = struct.unpack('>I', data[q+60:q+64])[0]; q += 64
                ncp = struct.unpack('>H', data[q:q+2])[0]; q += 2
                for _ in range(ncp):
                    t = data[q+2]; q += 3 + SIZES[t]
                nst = struct.unpack('>H', data[q:q+2])[0]; q += 2
                for _ in range(nst):
                    t = data[q+8]; q += 9 + SIZES[t]
                nf = struct.unpack('>H', data[q:q+2])[0]; q += 2
                fields = []
                for _ in range(nf):
                    fields.append((rid(q), data[q+8])); q += 9
                classes[cid] = (sup, fields, isz)
            elif st == 0x21:
                oid = rid(q); cid = rid(q+12); n = struct.unpack('>I', data[q+20:q+24])[0]
                inst.append((oid, cid, q+24, n)); q += 24 + n
            elif st == 0x22:
                oid = rid(q); n = struct.unpack('>I', data[q+12:q+16])[0]; acid = rid(q+16)
                cls_of[oid] = classname.get(acid, '?'); size_of[oid] = 16 + 4*n
                arrays.append((oid, q+24, n)); q += 24 + 8*n
            elif st == 0x23:
                oid = rid(q); n = struct.unpack('>I', data[q+12:q+16])[0]; t = data[q+16]
                cls_of[oid] = PNAME[t]; size_of[oid] = 16 + SIZES[t]*n; q += 17 + SIZES[t]*n
            else:
                raise SystemExit('unknown subtag %x at %d' % (st, q))
layout = {}
def fields_of(cid):
    if cid in layout: return layout[cid]
    out = []; c = cid
    while c and c in classes:
        sup, fs, _ = classes[c]
        out.extend((strings.get(n, '?'), t) for n, t in fs); c = sup
    layout[cid] = out; return out
for oid, cid, off, n in inst:
    cls_of[oid] = classname.get(cid, '?'); size_of[oid] = 12 + n
for oid, cid, off, n in inst:
    q = off; owner = cls_of[oid]
    for name, t in fields_of(cid):
        if t == 2:
            v = rid(q)
            if v and v not in parent: parent[v] = (oid, name)
        q += SIZES[t]
for oid, off, n in arrays:
    for k in range(n):
        v = rid(off + 8*k)
        if v and v not in parent: parent[v] = (oid, '[]')
def passthrough(c):
    return c.startswith('java.') or c.endswith('[]') or c.startswith('[')
agg = collections.Counter(); aggb = collections.Counter()
for oid, c in cls_of.items():
    if c not in targets: continue
    path = []; cur = oid
    for _ in range(12):
        pr = parent.get(cur)
        if not pr: path.append('<root>'); break
        pid, f = pr; pc = cls_of.get(pid, '?')
        path.append(f)
        if not passthrough(pc):
            path.append(pc); break
        cur = pid
    key = c + ' <- ' + ' <- '.join(reversed(path[-2:])) if path else c
    agg[key] += 1; aggb[key] += size_of[oid]
for k, v in aggb.most_common(40):
    print(f'{v/1e6:8.1f} MB {agg[k]:9d}  {k}')
