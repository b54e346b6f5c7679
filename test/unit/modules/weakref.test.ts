// Weak references and the gc module's introspection, through the whole engine. Every expected output is
// what real CPython printed for the same source (3.11.7, 3.12.1, 3.13.0 pyenv builds, run with -c).
import { describe, expect, it } from "vitest";
import { runProgram } from "./run";
import { Heap } from "../../../src/engine/memory/heap";
import { PROFILES } from "../../../src/engine/profiles";
import { Recorder } from "../../../src/engine/trace/recorder";
import { Runtime } from "../../../src/engine/vm/runtime";
import { PyWeakref } from "../../../src/engine/objects/weakref";

const CASES: { name: string; source: string; expected: Record<string, string> }[] = [
  {
    name: "callback refcount",
    source: "import sys, weakref\nclass N: pass\ndef cb(r):\n    print(\"in callback\", sys.getrefcount(r), r())\nn = N()\nr = weakref.ref(n, cb)\ndel n\nm = N()\nr1 = weakref.ref(m, cb)\nr2 = weakref.ref(m, cb)\ndel m\nprint(r.__callback__, r1.__callback__)\n",
    expected: { "3.11": "in callback 3 None\nin callback 4 None\nin callback 4 None\nNone None\n", "3.12": "in callback 3 None\nin callback 4 None\nin callback 4 None\nNone None\n", "3.13": "in callback 4 None\nin callback 4 None\nin callback 4 None\nNone None\n" },
  },
  {
    name: "gc weakrefs",
    source: "import gc, weakref\ngc.collect()\nclass N:\n    def __del__(self):\n        print(\"del\")\ndef cb(r):\n    print(\"cb\", r())\na = N()\na.me = a\na.wr = weakref.ref(a, cb)\nouter = weakref.ref(a, cb)\ndel a\nprint(gc.collect(), outer(), gc.collect())\n",
    expected: { "3.11": "cb None\ndel\n2 None 0\n", "3.12": "cb None\ndel\n2 None 0\n", "3.13": "cb None\ndel\n2 None 0\n" },
  },
  {
    name: "sizes and tracking",
    source: "import sys, gc, weakref\nclass N: pass\nn = N()\nr = weakref.ref(n)\nprint(sys.getsizeof(r), sys.getsizeof(weakref.proxy(n)), gc.is_tracked(r))\nprint(gc.get_referents(r), gc.get_referents(weakref.ref(n, print)) == [print])\n",
    expected: { "3.11": "80 80 True\n[] True\n", "3.12": "80 80 True\n[] True\n", "3.13": "80 80 True\n[] True\n" },
  },
  {
    name: "saveall and finalized",
    source: "import gc\ngc.collect()\nclass N:\n    def __del__(self):\n        pass\nn = N()\nn.me = n\nprint(gc.is_finalized(n))\ngc.set_debug(gc.DEBUG_SAVEALL)\ndel n\nprint(gc.collect(), len(gc.garbage), gc.is_finalized(gc.garbage[0]))\ngc.set_debug(0)\n",
    expected: { "3.11": "False\n1 1 True\n", "3.12": "False\n1 1 True\n", "3.13": "False\n1 1 True\n" },
  },
];

describe("weakref and gc introspection", () => {
  for (const c of CASES) {
    for (const version of ["3.11", "3.12", "3.13"] as const) {
      it(`${c.name} (${version})`, async () => {
        const result = await runProgram(c.source, version);
        expect(result.stderr).toBe("");
        expect(result.stdout).toBe(c.expected[version]);
      });
    }
  }

  it("prints one DEBUG_COLLECTABLE line per unreachable object, as debug_cycle words it", async () => {
    const result = await runProgram("import gc\ngc.set_debug(gc.DEBUG_COLLECTABLE)\na = []\na.append(a)\ndel a\nprint(gc.collect())\n", "3.13");
    expect(result.stdout).toBe("1\n");
    expect(result.stderr).toMatch(/^gc: collectable <list 0x[0-9a-f]+>\n$/);
  });

  it("stops as unsupported under DEBUG_STATS instead of printing made-up heap statistics", async () => {
    const result = await runProgram("import gc\ngc.set_debug(gc.DEBUG_STATS)\ngc.collect()\n", "3.13");
    expect(result.outcome).toBe("unsupported");
  });
});

describe("WeakrefLists", () => {
  function setup() {
    const rt = new Runtime(PROFILES["3.13"], new Recorder(false));
    const target = rt.list([]);
    const make = (basic: boolean, kind: "ref" | "proxy") => new PyWeakref(rt.types.object, kind, target, basic ? null : rt.None, basic);
    return { heap: rt.heap as Heap, target, make };
  }

  it("keeps the basic ref first, the basic proxy second, and other weakrefs newest first", () => {
    const { heap, target, make } = setup();
    const withCb1 = make(false, "ref");
    const basicRef = make(true, "ref");
    const withCb2 = make(false, "ref");
    const basicProxy = make(true, "proxy");
    for (const w of [withCb1, basicRef, withCb2, basicProxy]) heap.weakrefs.insert(target, w);
    expect(heap.weakrefs.of(target)).toEqual([basicRef, basicProxy, withCb2, withCb1]);
    expect(heap.weakrefs.basic(target, "ref")).toBe(basicRef);
  });

  it("unlinking a weakref makes it dead and removes it from the list", () => {
    const { heap, target, make } = setup();
    const w = make(true, "ref");
    heap.weakrefs.insert(target, w);
    heap.weakrefs.unlink(w);
    expect(w.referent).toBeNull();
    expect(heap.weakrefs.of(target)).toEqual([]);
  });
});
