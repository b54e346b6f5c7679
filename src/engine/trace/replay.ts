// Rebuilds the state of a run at any step from its trace (a pure reducer over the event log).
// Step N (1 ≤ N ≤ trace.steps) is the state after the N-th line step ran, i.e. just before the next
// line starts; the last step is the state when the program ended.
import type { GcSnapshot, RecordedTrace, TraceEvent } from '../../protocol/trace';
import type { CollectionView, FrameView, GcStateView, ObjectView, StepPhase, StepState } from '../../protocol/state';
import { CollectionRecord } from './collections';

interface ObjectRecord {
  readonly id: number;
  readonly type: string;
  readonly address: number;
  size: number;
  repr: string;
  refcount: number;
  immortal: boolean;
  tracked: boolean;
  generation: number;
  /** Allocated during interpreter start-up (builtins, types, small ints…). */
  internal: boolean;
  refs: number[];
  labels: string[];
}

interface FrameRecord {
  readonly frame: number;
  readonly name: string;
  readonly namespace: number;
  /** The program's module frame: its globals stay visible after its last line. */
  readonly isModule: boolean;
  line: number;
  readonly vars: Map<string, number>;
}

class HeapState {
  readonly objects = new Map<number, ObjectRecord>();
  readonly frames: FrameRecord[] = [];
  readonly namespaces = new Set<number>();
  /** Arguments are bound before their frame's `frame` event (the call binds, then pushes the frame). */
  private readonly earlyBinds = new Map<number, [string, number][]>();
  stdout = '';
  stderr = '';
  gcCounts: [number, number, number] = [0, 0, 0];
  gc: GcStateView = EMPTY_GC_STATE;
  started = false;
  line = 0;
  lineSteps = 0;
  phase: StepPhase = 'program';
  /** The collection whose events are being applied (between its gcStart and gc events). */
  collection: CollectionRecord | null = null;
  /** Collections that started since the current step's line event. */
  collectionsThisStep: CollectionRecord[] = [];

  apply(e: TraceEvent): void {
    switch (e.k) {
      case 'line': {
        this.collectionsThisStep = [];
        this.lineSteps = e.step;
        this.line = e.line;
        const f = this.frames.find((x) => x.frame === e.frame);
        if (f) f.line = e.line;
        break;
      }
      case 'shutdown':
        // The module has ended and its namespace is being torn down: no frames any more.
        this.phase = 'shutdown';
        this.collectionsThisStep = [];
        this.lineSteps = e.step;
        this.line = 0;
        this.frames.length = 0;
        break;
      case 'start': this.started = true; break;
      case 'frame':
        this.frames.push({ frame: e.frame, name: e.name, namespace: e.namespace, isModule: e.parent === 0 && e.namespace >= 0, line: e.line, vars: new Map(this.earlyBinds.get(e.frame)) });
        this.earlyBinds.delete(e.frame);
        if (e.namespace >= 0) this.namespaces.add(e.namespace);
        break;
      case 'frameEnd': {
        // A module's namespace outlives its code: keep showing the globals after the last line.
        const i = this.frames.findIndex((x) => x.frame === e.frame);
        if (i >= 0 && !this.frames[i]!.isModule) this.frames.splice(i, 1);
        break;
      }
      case 'alloc':
        this.objects.set(e.obj, {
          id: e.obj, type: e.type, address: e.address, size: e.size, repr: e.repr, refcount: e.refcnt,
          immortal: e.immortal, tracked: false, generation: -1, internal: !this.started || e.static, refs: [], labels: [],
        });
        break;
      case 'free':
        this.objects.delete(e.obj);
        this.collection?.freed(e.obj);
        break;
      case 'resize': {
        const o = this.objects.get(e.obj);
        if (o) o.size = e.size;
        break;
      }
      case 'ref': {
        const o = this.objects.get(e.obj);
        if (o) o.refcount = e.now;
        break;
      }
      case 'bind': {
        const f = this.frames.find((x) => x.frame === e.frame);
        if (!f) {
          const early = this.earlyBinds.get(e.frame) ?? [];
          early.push([e.name, e.obj]);
          this.earlyBinds.set(e.frame, early);
          break;
        }
        // A deleted global leaves its namespace; a deleted fast local stays as an unbound slot.
        if (e.obj < 0 && f.namespace >= 0) f.vars.delete(e.name);
        else f.vars.set(e.name, e.obj);
        break;
      }
      case 'contents': {
        const o = this.objects.get(e.obj);
        if (o) {
          o.refs = e.refs;
          o.labels = e.labels;
        }
        break;
      }
      case 'repr': {
        const o = this.objects.get(e.obj);
        if (o) o.repr = e.repr;
        break;
      }
      case 'gcTrack': {
        const o = this.objects.get(e.obj);
        if (o) {
          o.tracked = e.tracked;
          o.generation = e.generation;
        }
        break;
      }
      case 'gcStart':
        this.collection = new CollectionRecord(e);
        this.collectionsThisStep.push(this.collection);
        break;
      case 'gcPhase':
        this.collection?.apply(e);
        // Promotion relinks every survivor at once; other moves are recorded one by one (gcTrack).
        if (e.phase === 'promote' && e.generation !== undefined) {
          for (const id of e.objs) {
            const o = this.objects.get(id);
            if (o?.tracked) o.generation = e.generation;
          }
        }
        break;
      case 'gc':
        this.gcCounts = e.counts;
        if (this.collection) {
          this.collection.end(e);
          this.collection = null;
        } else {
          // A trace without phase events: the survivors (everything still tracked in 0…g) move to g + 1.
          for (const o of this.objects.values()) {
            if (o.tracked && o.generation <= e.generation) o.generation = Math.min(e.generation + 1, 2);
          }
        }
        break;
      case 'gcState':
        this.gcCounts = e.counts;
        this.gc = gcStateView(e);
        break;
      case 'output':
        if (e.stream === 'stdout') this.stdout += e.text;
        else this.stderr += e.text;
        break;
      case 'end': break;
    }
  }
}

const REPR_LIMIT = 80;
const PLUMBING = new Set(['__globals__', '__code__', '__name__', '__qualname__', '__dict__', '__mro__', '__bases__']);

/** repr of an object from the recorded contents (containers) or the recorded text (atoms). */
function reprOf(state: HeapState, id: number, seen: Set<number>, budget: { left: number }): string {
  const o = state.objects.get(id);
  if (!o) return '?';
  if (budget.left <= 0) return '…';
  let text: string;
  if (o.type === 'list' || o.type === 'tuple' || o.type === 'dict') {
    if (seen.has(id)) return o.type === 'list' ? '[...]' : o.type === 'dict' ? '{...}' : '(...)';
    seen.add(id);
    // traverse order: lists and tuples last-to-first, dicts value then key
    const refs = o.refs;
    if (o.type === 'dict') {
      const parts: string[] = [];
      for (let i = 0; i + 1 < refs.length && budget.left > 0; i += 2) {
        parts.push(`${reprOf(state, refs[i + 1]!, seen, budget)}: ${reprOf(state, refs[i]!, seen, budget)}`);
      }
      text = `{${parts.join(', ')}${parts.length * 2 < refs.length ? ', …' : ''}}`;
    } else {
      const items: string[] = [];
      for (let i = refs.length - 1; i >= 0 && budget.left > 0; i--) items.push(reprOf(state, refs[i]!, seen, budget));
      const more = items.length < refs.length ? ', …' : '';
      text = o.type === 'list' ? `[${items.join(', ')}${more}]` : items.length === 1 && !more ? `(${items[0]},)` : `(${items.join(', ')}${more})`;
    }
    seen.delete(id);
  } else if (o.type === 'cell') {
    const value = o.refs[0] !== undefined ? state.objects.get(o.refs[0]) : undefined;
    text = value ? `<cell at ${hex(o.address)}: ${value.type} object at ${hex(value.address)}>` : `<cell at ${hex(o.address)}: empty>`;
  } else {
    text = o.repr;
  }
  budget.left -= text.length;
  return text;
}

function truncate(text: string): string {
  return text.length > REPR_LIMIT ? `${text.slice(0, REPR_LIMIT - 1)}…` : text;
}

/**
 * The step a panel opens on: the program's last line, unless interpreter shutdown printed something (a
 * finalizer's output belongs to the run), in which case the shutdown step.
 */
export function openingStep(trace: RecordedTrace): number {
  const i = trace.events.findIndex((e) => e.k === 'shutdown');
  if (i < 0) return trace.steps;
  const printed = trace.events.slice(i).some((e) => e.k === 'output');
  return printed ? trace.steps : (trace.events[i] as { step: number }).step - 1;
}

export function stateAt(trace: RecordedTrace, step: number): StepState {
  const target = Math.max(1, Math.min(step, trace.steps));
  const state = new HeapState();
  for (const e of trace.events) {
    if ((e.k === 'line' || e.k === 'shutdown') && e.step > target) break;
    state.apply(e);
  }
  return toView(state, target, trace.steps);
}

function toView(state: HeapState, step: number, steps: number): StepState {
  // Names and container slots that hold each object.
  const holders = new Map<number, string[]>();
  const addHolder = (id: number, label: string) => {
    const list = holders.get(id);
    if (list) list.push(label);
    else holders.set(id, [label]);
  };
  const nameOf = new Map<number, string>();
  const innermostFirst = [...state.frames].reverse();
  for (const f of innermostFirst) {
    for (const [name, id] of f.vars) {
      const label = f.namespace >= 0 ? name : `${f.name}: ${name}`;
      addHolder(id, label);
      if (!nameOf.has(id)) nameOf.set(id, label);
    }
  }
  // A module's dict is named after the module, so its entries read "gc.DEBUG_STATS".
  const moduleDicts = new Set<number>();
  for (const o of state.objects.values()) {
    const name = o.type === 'module' ? /^<module '([^']+)'/.exec(o.repr)?.[1] : undefined;
    const dict = o.refs[0];
    if (name && dict !== undefined) {
      moduleDicts.add(dict);
      if (!nameOf.has(dict)) nameOf.set(dict, name);
    }
  }
  // Objects reachable as module attributes are named like that ("sys.getrefcount").
  for (const dictId of moduleDicts) {
    const d = state.objects.get(dictId);
    if (!d) continue;
    d.refs.forEach((value, i) => {
      const label = d.labels[i] ?? '';
      if (label !== 'key' && label.startsWith("['") && !nameOf.has(value)) nameOf.set(value, `${nameOf.get(dictId)}.${label.slice(2, -2)}`);
    });
  }
  for (const o of state.objects.values()) {
    if (state.namespaces.has(o.id) || o.refs.length === 0) continue;
    const owner = nameOf.get(o.id) ?? `${o.type}@${hex(o.address)}`;
    // Sequences are traversed last-to-first; name their slots in index order.
    const order = o.type === 'list' || o.type === 'tuple' ? o.refs.map((_, i) => o.refs.length - 1 - i) : o.refs.map((_, i) => i);
    for (const i of order) {
      const label = o.labels[i] ?? '';
      if (label === 'key') continue; // a dict key: the value's label names the entry
      const attribute = moduleDicts.has(o.id) && label.startsWith("['") ? `.${label.slice(2, -2)}` : null;
      addHolder(o.refs[i]!, `${owner}${attribute ?? (label.startsWith('[') ? label : `.${label}`)}`);
    }
  }
  // Show what the program can reach from its names, plus its own unreachable objects (garbage cycles),
  // but not the interpreter's objects, nor code objects and the constants only they hold.
  const constants = new Set<number>();
  const constWork = [...state.objects.values()].filter((o) => o.type === 'code').map((o) => o.id);
  while (constWork.length > 0) {
    const id = constWork.pop()!;
    if (constants.has(id)) continue;
    constants.add(id);
    const o = state.objects.get(id);
    if (o) constWork.push(...o.refs);
  }
  // What the program's names reach as data (not through interpreter plumbing: a function's globals and
  // code, a class's namespace and MRO), plus its own objects nothing reaches at all (garbage cycles).
  const roots = state.frames.flatMap((f) => [...f.vars.values()]);
  const reach = (followPlumbing: boolean): Set<number> => {
    const seen = new Set<number>();
    const work = [...roots];
    while (work.length > 0) {
      const id = work.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const o = state.objects.get(id);
      if (!o || (o.type === 'module' && !followPlumbing)) continue;
      o.refs.forEach((child, i) => {
        if (followPlumbing || !PLUMBING.has(o.labels[i] ?? '')) work.push(child);
      });
    }
    return seen;
  };
  const asData = reach(false);
  const atAll = reach(true);
  const visible = (o: ObjectRecord) => asData.has(o.id) || (!o.internal && !constants.has(o.id) && !atAll.has(o.id));
  const objects: ObjectView[] = [];
  for (const o of state.objects.values()) {
    if (!visible(o) || state.namespaces.has(o.id)) continue;
    const named = holders.get(o.id) ?? [];
    const unexplained = o.immortal ? 0 : o.refcount - named.length;
    const inCollection = state.collection ? { gcRefs: state.collection.gcRefsOf(o.id), unreachable: state.collection.isUnreachable(o.id) } : {};
    objects.push({
      ...inCollection,
      obj: o.id, address: hex(o.address), type: o.type, repr: truncate(reprOf(state, o.id, new Set(), { left: 400 })),
      refcount: o.refcount, holders: unexplained > 0 ? [...named, `(${unexplained} internal)`] : named,
      size: o.size, tracked: o.tracked, generation: o.tracked ? o.generation : null, immortal: o.immortal,
    });
  }
  const frames: FrameView[] = innermostFirst.map((f) => ({
    frame: f.frame, name: f.name, line: f.line,
    variables: [...f.vars].map(([name, obj]) => ({ name, obj })).filter((v) => !v.name.startsWith('__')),
  }));
  return {
    step, steps, line: state.line, phase: state.phase, frames, objects, stdout: state.stdout, stderr: state.stderr, gcCounts: state.gcCounts,
    gc: state.gc,
    collection: state.collection?.view() ?? null,
    collections: state.collectionsThisStep.map((c): CollectionView => c.view()),
  };
}

const EMPTY_GC_STATE: GcStateView = {
  enabled: true,
  generations: (['gen0', 'gen1', 'gen2'] as const).map((role) => ({ role, count: 0, threshold: 0, objects: 0, startupObjects: 0, collections: 0, collected: 0, uncollectable: 0 })),
  permanent: 0,
  startupModelled: true,
};

function gcStateView(s: GcSnapshot): GcStateView {
  return {
    enabled: s.enabled,
    generations: [0, 1, 2].map((g) => ({
      role: s.roles[g]!, count: s.counts[g]!, threshold: s.thresholds[g]!, objects: s.objects[g]!, startupObjects: s.startupObjects[g]!,
      collections: s.stats[g]![0], collected: s.stats[g]![1], uncollectable: s.stats[g]![2],
    })),
    permanent: s.permanent,
    // The counters and population before the first line are modelled, not recorded from a process.
    startupModelled: true,
  };
}

function hex(address: number): string {
  return `0x${address.toString(16)}`;
}
