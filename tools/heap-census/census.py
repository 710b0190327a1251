"""Census of nanoCLR's managed heap at every GC.Run of a program, with a 32-bit (ESP32) estimate.

Two ways to use it (see README.md):

  gdb -q -batch -x census.py --args nanoFramework.nanoCLR.test A.pe B.pe ...
      runs the program under gdb; at each return of nanoFramework.Runtime.Native.GC.Run it walks every heap
      cluster and tallies the blocks; writes NAME.samples.json and NAME.program.txt into $CENSUS_OUT (default .),
      NAME being $CENSUS_NAME (default bench).
  python3 census.py --report OUTDIR [--top N]
      prints the report from the saved runs (bench, and the baseline program with and without the app's
      assemblies when present).

The layouts are those of the kit's nanoCLR (nf-interpreter, targets/posix, x86-64, no DWARF), read from the
nf-interpreter sources and checked against this binary; the script checks them again on every run (free bytes
against GC.Run's own figure, string and array sizes against their block counts, assembly sizes against their
tables) and reports any block whose size does not match the model.
"""

import json
import os
import struct
import sys

# --- 64-bit layout of the kit's nanoCLR -------------------------------------------------------------------

BLOCK64 = 24  # sizeof(CLR_RT_HeapBlock): 4-byte id, 4 bytes padding, 16-byte data union (two pointers)
BLOCK32 = 12  # the same struct with 4-byte pointers: 4-byte id + 8-byte data union

EE_HEAP_FIRST = 0x40  # g_CLR_RT_ExecutionEngine.m_heap.m_first (see Heap_ComputeAliveVsDeadRatio's disassembly)
NODE_NEXT = 8  # CLR_RT_HeapBlock_Node: m_data.nodeLink.nextBlock
CLUSTER_PAYLOAD_START = 0x30  # CLR_RT_HeapCluster: node (24) + m_freeList (3 pointers), m_payloadStart, m_payloadEnd
CLUSTER_PAYLOAD_END = 0x38

# CLR_RT_HeapBlock_Array: HeapBlock (24) + m_numOfElements u32 + type, size, fReference, pad (u8 each).
ARRAY_HEADER64 = 32
ARRAY_HEADER32 = 20

# CLR_RT_Assembly (the kit's version: 16 tables, seven cross-reference tables, no debugging info).
ASSEMBLY_NAME = 40  # const char* name, after the node (24), index and flags (u32 each) and the header pointer
ASSEMBLY_TABLES = 56  # int tablesSize[16]
ASSEMBLY_STATIC_COUNT = 128  # int staticFieldsCount, after the static fields pointer (120)
ASSEMBLY_BASE64 = 200  # sizeof(CLR_RT_Assembly) on x86-64 (RAM size printed at load minus its tables)
ASSEMBLY_BASE32 = 136  # the same fields with 4-byte pointers and a 12-byte node
# Cross-reference tables in allocation order: (table index, bytes per element on 64-bit, on 32-bit).
ASSEMBLY_XREFS = [
    (0, 8, 4),  # AssemblyRef: CLR_RT_Assembly* target
    (1, 4, 4),  # TypeRef: CLR_RT_TypeDef_Index
    (2, 4, 4),  # FieldRef: CLR_RT_FieldDef_Index
    (3, 4, 4),  # MethodRef: CLR_RT_MethodDef_Index
    (4, 8, 8),  # TypeDef: flags u16, totalFields u16, hash u32
    (5, 2, 2),  # FieldDef: offset u16
    (6, 2, 2),  # MethodDef: data u16
]

# NanoCLRDataType (nanoCLR_Types.h; FREEBLOCK = 24 is checked against the free total on every run).
DATATYPES = [
    "VOID", "BOOLEAN", "I1", "U1", "CHAR", "I2", "U2", "I4", "U4", "R4", "I8", "U8", "R8", "DATETIME",
    "TIMESPAN", "STRING", "OBJECT", "CLASS", "VALUETYPE", "SZARRAY", "BYREF", "VAR", "GENERICINST", "MVAR",
    "FREEBLOCK", "CACHEDBLOCK", "ASSEMBLY", "WEAKCLASS", "REFLECTION", "ARRAY_BYREF", "DELEGATE_HEAD",
    "DELEGATELIST_HEAD", "OBJECT_TO_EVENT", "BINARY_BLOB_HEAD", "THREAD", "SUBTHREAD", "STACK_FRAME",
    "TIMER_HEAD", "LOCK_HEAD", "LOCK_OWNER_HEAD", "LOCK_REQUEST_HEAD", "WAIT_FOR_OBJECT_HEAD", "FINALIZER_HEAD",
    "MEMORY_STREAM_HEAD", "MEMORY_STREAM_DATA", "SERIALIZER_HEAD", "SERIALIZER_DUPLICATE", "SERIALIZER_STATE",
    "ENDPOINT_HEAD",
]
DT_STRING, DT_CLASS, DT_VALUETYPE, DT_SZARRAY = 15, 17, 18, 19
DT_FREEBLOCK, DT_CACHEDBLOCK, DT_ASSEMBLY = 24, 25, 26
LARGE_ARRAY = 1024  # number arrays of at least this many payload bytes are listed by length in the by-type tables
# Runtime structures the estimate keeps at the same block count (their sizes are not modelled).
APPROXIMATE = {"THREAD", "SUBTHREAD", "STACK_FRAME", "TIMER_HEAD", "LOCK_HEAD", "LOCK_OWNER_HEAD",
               "LOCK_REQUEST_HEAD", "WAIT_FOR_OBJECT_HEAD", "FINALIZER_HEAD", "BINARY_BLOB_HEAD",
               "OBJECT_TO_EVENT", "REFLECTION", "WEAKCLASS", "DELEGATELIST_HEAD"}


def dt_name(dt):
    return DATATYPES[dt] if dt < len(DATATYPES) else "DT%d" % dt


def blocks(nbytes, block):
    return (nbytes + block - 1) // block


def round4(n):
    return (n + 3) & ~3


# --- the census (inside gdb) ------------------------------------------------------------------------------

class Heap:
    """Reads nanoCLR's heap through gdb and classifies every block."""

    def __init__(self, gdb):
        self.gdb = gdb
        self.inferior = gdb.selected_inferior()
        self.names = {}
        self.scratch = None

    def read(self, addr, n):
        return bytes(self.inferior.read_memory(addr, n))

    def q(self, addr):
        return struct.unpack("<Q", self.read(addr, 8))[0]

    def cstring(self, addr, limit=4096):
        out = b""
        while len(out) < limit:
            chunk = self.read(addr + len(out), 64)
            end = chunk.find(b"\0")
            if end >= 0:
                return out + chunk[:end]
            out += chunk
        return out

    def symbol(self, name):
        return int(self.gdb.parse_and_eval("(long)&'%s'" % name))

    def type_name(self, cls):
        """Full name of a CLR_RT_TypeDef_Index, through the runtime's own CLR_RT_TypeSystem::BuildTypeName."""
        if cls in self.names:
            return self.names[cls]
        name = "type 0x%08x" % cls
        try:
            if self.scratch is None:
                self.scratch = int(self.gdb.parse_and_eval("((void*(*)(unsigned long))malloc)(1024)"))
                self.build = self.symbol("_ZN17CLR_RT_TypeSystem13BuildTypeNameERK20CLR_RT_TypeDef_IndexRPcRm")
                self.typesystem = self.symbol("g_CLR_RT_TypeSystem")
            s = self.scratch
            # [s] the index, [s+8] char* cursor, [s+16] size_t left, [s+64..] the text
            self.inferior.write_memory(s, struct.pack("<IIQQ", cls, 0, s + 64, 900))
            self.inferior.write_memory(s + 64, b"\0")
            hr = int(self.gdb.parse_and_eval("((int(*)(long,long,long,long))%d)(%d,%d,%d,%d)"
                                             % (self.build, self.typesystem, s, s + 8, s + 16)))
            if hr >= 0:
                name = self.cstring(s + 64).decode("utf-8", "replace")
        except Exception as e:  # a name is a convenience: keep the census going
            name += " (%s)" % str(e).splitlines()[0]
        self.names[cls] = name
        return name

    def census(self):
        ee = self.symbol("g_CLR_RT_ExecutionEngine")
        cats, classes, free, issues = {}, {}, 0, []
        self.methods = {}
        hc = self.q(ee + EE_HEAP_FIRST)
        clusters = 0
        while self.q(hc + NODE_NEXT):  # the list ends at its tail sentinel, whose next is null
            clusters += 1
            start, end = self.q(hc + CLUSTER_PAYLOAD_START), self.q(hc + CLUSTER_PAYLOAD_END)
            data = self.read(start, end - start)
            off = 0
            while off < len(data):
                dt, flags, size = struct.unpack_from("<BBH", data, off)
                if size == 0:
                    issues.append("block of size 0 at 0x%x" % (start + off))
                    break
                if dt == DT_FREEBLOCK:
                    free += size * BLOCK64
                else:
                    cat, cls, b32 = self.classify(data, off, start + off, dt, size, issues)
                    for table, key in ((cats, cat), (classes, cls)):
                        e = table.setdefault(key, [0, 0, 0])
                        e[0] += 1
                        e[1] += size * BLOCK64
                        e[2] += b32
                off += size * BLOCK64
            hc = self.q(hc + NODE_NEXT)
        return {"clusters": clusters, "free64": free, "categories": cats, "classes": classes, "issues": issues[:20],
                "issue_count": len(issues), "assembly_methods": self.methods}

    def classify(self, data, off, addr, dt, size, issues):
        """(category, finer key, estimated 32-bit bytes) of one block."""
        name = dt_name(dt)
        same_blocks = size * BLOCK32
        if dt == DT_STRING:
            text = struct.unpack_from("<Q", data, off + 8)[0]
            if text != addr + BLOCK64:  # a literal in the assembly: the block only points at it
                return "STRING (literal)", "STRING (literal)", same_blocks
            length = len(self.cstring(text, limit=size * BLOCK64))
            if blocks(BLOCK64 + length + 1, BLOCK64) != size:
                issues.append("string at 0x%x: %d bytes in %d blocks" % (addr, length, size))
            return "STRING", "STRING", blocks(BLOCK32 + length + 1, BLOCK32) * BLOCK32
        if dt == DT_SZARRAY:
            count, elem_dt, elem_size, is_ref = struct.unpack_from("<IBBB", data, off + 24)
            if blocks(ARRAY_HEADER64 + count * elem_size, BLOCK64) != size:
                issues.append("array at 0x%x: %d x %d bytes in %d blocks" % (addr, count, elem_size, size))
            # Elements that are heap blocks (references, DateTime, TimeSpan) shrink with the block.
            elem32 = BLOCK32 if is_ref and elem_size == BLOCK64 else elem_size
            b32 = blocks(ARRAY_HEADER32 + count * elem32, BLOCK32) * BLOCK32
            elem = dt_name(elem_dt)
            cat = "SZARRAY of %s (%d-byte elements)" % (elem, elem_size)
            key = "%s[]" % elem
            if not is_ref and count * elem_size >= LARGE_ARRAY:
                key = "%s[%d]" % (elem, count)  # a large buffer: its length usually tells whose it is
            if is_ref and elem_dt in (DT_CLASS, DT_VALUETYPE):
                kind, levels, cls = struct.unpack_from("<HHI", data, off + 8)
                if levels == 1:
                    key = "%s[]" % self.type_name(cls)
            return cat, key, b32
        if dt in (DT_CLASS, DT_VALUETYPE):
            cls = struct.unpack_from("<I", data, off + 8)[0]
            return name, "%s%s" % (self.type_name(cls), " (boxed)" if dt == DT_VALUETYPE else ""), same_blocks
        if dt == DT_ASSEMBLY:
            return self.assembly(data, off, addr, size, issues)
        if dt == DT_CACHEDBLOCK:
            return name, name, same_blocks
        return name + (" (approx.)" if name in APPROXIMATE else ""), name, same_blocks

    def assembly(self, data, off, addr, size, issues):
        tables = struct.unpack_from("<16i", data, off + ASSEMBLY_TABLES)
        statics = struct.unpack_from("<i", data, off + ASSEMBLY_STATIC_COUNT)[0]
        b64, b32 = ASSEMBLY_BASE64, ASSEMBLY_BASE32
        for table, e64, e32 in ASSEMBLY_XREFS:
            b64 += round4(tables[table] * e64)
            b32 += round4(tables[table] * e32)
        b64 += statics * BLOCK64
        b32 += statics * BLOCK32
        name = self.cstring(struct.unpack_from("<Q", data, off + ASSEMBLY_NAME)[0], 200).decode("ascii", "replace")
        if blocks(b64, BLOCK64) != size:
            issues.append("assembly %s at 0x%x: model %d bytes, %d blocks" % (name, addr, b64, size))
        self.methods[name] = tables[6]
        return "ASSEMBLY", "assembly " + name, blocks(b32, BLOCK32) * BLOCK32


def run_in_gdb(gdb):
    """Runs the program given to gdb (--args) to its end, with a census after each GC.Run."""
    out = os.environ.get("CENSUS_OUT", ".")
    name = os.environ.get("CENSUS_NAME", "bench")
    os.makedirs(out, exist_ok=True)
    program = os.path.abspath(os.path.join(out, name + ".program.txt"))
    for cmd in ("set pagination off", "set confirm off", "set breakpoint pending on", "set print thread-events off"):
        gdb.execute(cmd)
    gdb.Breakpoint("Library_nf_rt_native_nanoFramework_Runtime_Native_GC::Run___STATIC__U4__BOOLEAN")
    # "run ARGS" replaces the program's arguments, so repeat them before the redirection.
    shown = gdb.execute("show args", to_string=True)
    args = shown[shown.index('"') + 1:shown.rindex('"')]
    gdb.execute("run %s > %s 2>&1" % (args, program), to_string=True)
    heap = Heap(gdb)
    samples = []
    while gdb.selected_inferior().pid:
        frame = gdb.selected_frame()
        if "GC::Run" not in (frame.name() or ""):
            sys.stderr.write("stopped outside GC.Run (%s); giving up\n" % frame.name())
            gdb.execute("kill", to_string=True)
            break
        gdb.execute("finish", to_string=True)  # GC.Run has collected and computed the free total
        samples.append(heap.census())
        gdb.execute("continue", to_string=True)
    with open(program, encoding="utf-8", errors="replace") as f:
        label(samples, f.read())
    with open(os.path.join(out, name + ".samples.json"), "w") as f:
        json.dump(samples, f, indent=1)
    print("census %s: %d samples, %s" % (name, len(samples), ", ".join(s["label"] for s in samples)))


def label(samples, output):
    """Names each census after the bench line that reported the same free heap ("bench heap.boot 9733944")."""
    lines = [l.split() for l in output.splitlines() if l.startswith("bench ")]
    reported = [(l[1], int(l[2])) for l in lines if len(l) == 3 and l[2].isdigit()]
    used = set()
    for i, s in enumerate(samples):
        s["label"] = "GC.Run #%d" % (i + 1)
        s["reported"] = None
        for j, (name, value) in enumerate(reported):
            if j not in used and value == s["free64"]:
                used.add(j)
                s["label"], s["reported"] = name, value
                break


# --- the report ----------------------------------------------------------------------------------------

def used(s):
    return sum(e[1] for e in s["categories"].values()), sum(e[2] for e in s["categories"].values())


def table(title, entries, top):
    rows = sorted(entries.items(), key=lambda kv: (-abs(kv[1][1]), kv[0]))
    print(title)
    print("  %-58s %8s %12s %12s %6s" % ("", "count", "64-bit B", "32-bit B", "ratio"))
    for key, (n, b64, b32) in rows[:top]:
        ratio = "%.2f" % (b32 / b64) if b64 else ""
        print("  %-58s %8d %12d %12d %6s" % (key[:58], n, b64, b32, ratio))
    if len(rows) > top:
        rest = rows[top:]
        print("  %-58s %8d %12d %12d" % ("(%d more)" % len(rest), sum(r[1][0] for r in rest),
                                           sum(r[1][1] for r in rest), sum(r[1][2] for r in rest)))


def diff(a, b):
    keys = set(a) | set(b)
    z = [0, 0, 0]
    d = {k: [b.get(k, z)[i] - a.get(k, z)[i] for i in range(3)] for k in keys}
    return {k: v for k, v in d.items() if v != [0, 0, 0]}


def load(out, name):
    path = os.path.join(out, name + ".samples.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def report(out, top=25):
    bench = load(out, "bench")
    if not bench:
        sys.exit("no bench.samples.json in " + out)
    base, app = load(out, "baseline"), load(out, "baseline-app")
    print("Heap census of nanoCLR at each GC.Run of the device bench: live blocks, 64-bit measured, 32-bit estimated")
    print()
    print("%-20s %12s %12s %12s %12s %6s %7s" % ("sample", "free (run)", "free (walk)", "used 64-bit",
                                                "used 32-bit", "ratio", "issues"))
    for s in bench:
        u64, u32 = used(s)
        print("%-20s %12s %12d %12d %12d %6.3f %7d" % (s["label"][:20], s["reported"] if s["reported"] else "-",
                                                       s["free64"], u64, u32, u32 / u64, s["issue_count"]))
    print("  free (run) = the figure GC.Run returned (the bench's line of that name); free (walk) = free blocks"
          " found by the census;")
    print("  issues = blocks whose size does not match the model the 32-bit estimate uses (0 = every string, array"
          " and assembly checked)")
    named = [s for s in bench if s["reported"] is not None and s["label"].startswith("heap.")]
    by_label = {s["label"]: s for s in named}
    world = by_label.get("heap.world")
    if base and app and world:
        b64, b32 = used(base[0])
        a64, a32 = used(app[0])
        l64, l32 = a64 - b64, a32 - b32
        w64, w32 = used(world)
        # The CUPS field table every packager shares, built by the bench before its world (heap.start -> heap.fields):
        # the app's data, as in the bench's own table.
        start, fields = by_label.get("heap.start"), by_label.get("heap.fields")
        f64 = f32 = 0
        if start and fields:
            f64, f32 = [b - a for a, b in zip(used(start), used(fields))]
        print()
        print("App data as docs/BENCHMARKS.md defines it: app assemblies loaded (kit libraries, Pos.Hal, Pos.Core.*;")
        print("census of the empty baseline program with and without them) + the shared CUPS field table (used at")
        print("heap.fields - used at heap.start) + app objects (used at the sample - used at heap.world, the world built)")
        print("%-20s %14s %14s %14s %14s %6s" % ("", "objects 64-bit", "objects 32-bit", "app data 64", "app data 32",
                                                  "ratio"))
        print("%-20s %14s %14s %14d %14d %6.3f" % ("assemblies loaded", "", "", l64, l32, l32 / l64))
        if f64:
            print("%-20s %14s %14s %14d %14d %6.3f" % ("+ CUPS field table", "", "", l64 + f64, l32 + f32,
                                                      (l32 + f32) / (l64 + f64)))
            l64, l32 = l64 + f64, l32 + f32
        # A firmware built with the debugger (NANOCLR_ENABLE_SOURCELEVELDEBUGGING) adds to each assembly a pointer
        # and one byte per method (CLR_RT_MethodDef_DebuggingInfo); the kit's nanoCLR has neither.
        extra = {n: m for n, m in app[0]["assembly_methods"].items() if n not in base[0]["assembly_methods"]}
        debug32 = sum(4 + round4(m) for m in extra.values())
        for s in named[named.index(world) + 1:]:
            u64, u32 = used(s)
            o64, o32 = u64 - w64, u32 - w32
            print("%-20s %14d %14d %14d %14d %6.3f" % (s["label"], o64, o32, l64 + o64, l32 + o32,
                                                       (l32 + o32) / (l64 + o64)))
        print("  32-bit: same blocks for objects, reference arrays and runtime structures at 12 bytes; byte, char and"
              " number arrays")
        print("  and heap strings keep their payload with a smaller header; assemblies recomputed from their tables"
              " (README.md).")
        print("  A device firmware built with the debugger adds about %d B to the %d app assemblies (a pointer and"
              " a byte per method)." % (debug32, len(extra)))
        last = named[-1]
        if last is not world:
            u64, u32 = used(last)
            print("app data at %s: %d B measured on 64-bit, %d B estimated on 32-bit (%.2f); assemblies loaded and the field table "
                  "%d B, %d B" % (last["label"], l64 + u64 - w64, l32 + u32 - w32, (l32 + u32 - w32) / (l64 + u64 - w64),
                            l64, l32))
            d = diff(base[0]["categories"], app[0]["categories"])
            parts = [diff(world["categories"], last["categories"])]
            if start and fields:
                parts.append(diff(start["categories"], fields["categories"]))
            for k, v in [kv for part in parts for kv in part.items()]:
                d[k] = [a + b for a, b in zip(d.get(k, [0, 0, 0]), v)]
            print()
            table("== app data at %s by data type (assemblies loaded + objects since heap.world): %d B on 64-bit, "
                  "%d B on 32-bit" % (last["label"], sum(v[1] for v in d.values()), sum(v[2] for v in d.values())),
                  d, top)
    for s in named:
        print()
        u64, u32 = used(s)
        table("== %s: %d B used on 64-bit, %d B estimated on 32-bit" % (s["label"], u64, u32), s["categories"], top)
        if s["issues"]:
            print("  issues: " + "; ".join(s["issues"]))
    if base and app:
        d = diff(base[0]["classes"], app[0]["classes"])
        print()
        table("== app assemblies loaded (baseline program with them - without): %+d B on 64-bit, %+d B on 32-bit"
              % (sum(v[1] for v in d.values()), sum(v[2] for v in d.values())), d, top)
    for a, b in zip(named, named[1:]):
        d = diff(a["classes"], b["classes"])
        if not d:
            print()
            print("== %s -> %s: no change" % (a["label"], b["label"]))
            continue
        print()
        table("== %s -> %s: %+d B on 64-bit, %+d B on 32-bit, by type"
              % (a["label"], b["label"], sum(v[1] for v in d.values()), sum(v[2] for v in d.values())), d, top)
    if named:
        print()
        table("== %s by type" % named[-1]["label"], named[-1]["classes"], top)
    return check(bench, named)


def check(bench, named):
    """The census agrees with the runtime: every block matched its size model, and the free blocks walked add up to
    what GC.Run returned at each named sample. Prints one line and returns the exit status (0 when it agrees)."""
    problems = ["%s: %d blocks off the model" % (s["label"], s["issue_count"]) for s in bench if s["issue_count"]]
    problems += ["%s: walked %d B free, GC.Run said %d B" % (s["label"], s["free64"], s["reported"])
                 for s in named if s["free64"] != s["reported"]]
    print()
    if problems or not named:
        print("census check: FAILED: " + ("; ".join(problems) if problems else "no named sample"))
        return 1
    print("census check: every block of %d samples matched its model; free heap equal to GC.Run's at %d samples"
          % (len(bench), len(named)))
    return 0


if __name__ == "__main__":
    try:
        import gdb  # noqa: F401  (present only inside gdb)
    except ImportError:
        gdb = None
    if gdb is not None:
        run_in_gdb(gdb)
    else:
        args = sys.argv[1:]
        if len(args) < 2 or args[0] != "--report":
            sys.exit("usage: python3 census.py --report OUTDIR [--top N]   (the census itself runs inside gdb, see"
                     " README.md)")
        sys.exit(report(args[1], int(args[3]) if len(args) > 3 and args[2] == "--top" else 25))
