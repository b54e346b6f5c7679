// Runtime validation of host → panel messages. The panel renders only what passes: a malformed message is
// dropped (and logged) instead of half-rendering. The checks are shape checks, cheap enough for states
// with 100 000 objects; escaping is not their job (lit text bindings do that).
import type { HostToPanel, RunSummary } from '../src/protocol/panel';
import type { FrameView, GcStateView, GenerationView, ObjectView, StepState, VariableView } from '../src/protocol/state';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);

function isVariable(v: unknown): v is VariableView {
  return isRecord(v) && isStr(v.name) && isInt(v.obj) && v.obj >= -1;
}

function isFrame(v: unknown): v is FrameView {
  return isRecord(v) && isInt(v.frame) && isStr(v.name) && isInt(v.line) && isArrayOf(v.variables, isVariable);
}

function isObject(v: unknown): v is ObjectView {
  return (
    isRecord(v) &&
    isInt(v.obj) &&
    isStr(v.address) &&
    isStr(v.type) &&
    isStr(v.repr) &&
    isInt(v.refcount) &&
    isArrayOf(v.holders, isStr) &&
    isInt(v.size) &&
    typeof v.tracked === 'boolean' &&
    (v.generation === null || isInt(v.generation)) &&
    typeof v.immortal === 'boolean'
  );
}

const ROLES = new Set(['gen0', 'gen1', 'gen2', 'young', 'visited', 'pending']);

function isGeneration(v: unknown): v is GenerationView {
  return isRecord(v) && typeof v.role === 'string' && ROLES.has(v.role) && [v.count, v.threshold, v.objects, v.startupObjects, v.collections, v.collected, v.uncollectable].every(isInt);
}

function isGcState(v: unknown): v is GcStateView {
  return (
    isRecord(v) &&
    typeof v.enabled === 'boolean' &&
    isArrayOf(v.generations, isGeneration) &&
    v.generations.length === 3 &&
    isInt(v.permanent) &&
    typeof v.startupModelled === 'boolean'
  );
}

export function isStepState(v: unknown): v is StepState {
  return (
    isRecord(v) &&
    isInt(v.step) &&
    isInt(v.steps) &&
    v.step >= 0 &&
    v.steps >= 0 &&
    isInt(v.line) &&
    (v.phase === 'program' || v.phase === 'shutdown') &&
    isArrayOf(v.frames, isFrame) &&
    isArrayOf(v.objects, isObject) &&
    isStr(v.stdout) &&
    isStr(v.stderr) &&
    isArrayOf(v.gcCounts, isInt) &&
    v.gcCounts.length === 3 &&
    isGcState(v.gc)
  );
}

function isSummary(v: unknown): v is RunSummary {
  return isRecord(v) && isStr(v.filename) && isStr(v.version) && isInt(v.steps) && isInt(v.exitCode) && (v.gcVariant === undefined || isStr(v.gcVariant));
}

function isStringMap(v: unknown): v is Record<string, string> {
  return isRecord(v) && Object.values(v).every(isStr);
}

export function isHostToPanel(value: unknown): value is HostToPanel {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'run':
      return isSummary(value.summary) && isStepState(value.state) && isStringMap(value.strings);
    case 'state':
      return isStepState(value.state);
    case 'error':
      return isStr(value.message);
    default:
      return false;
  }
}
