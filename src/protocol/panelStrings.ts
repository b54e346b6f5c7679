// Every user-facing string of the memory panel webview, in English. The host localizes each value with
// vscode.l10n.t(value) (the l10n bundles are keyed by this English text) and sends the result, keyed by the
// same keys, in the `run` message; the webview falls back to these texts for any key that is missing.
// Placeholders are positional: {0}, {1}, … filled by formatString().

export const PANEL_STRINGS = {
  waiting: 'Run a Python file to see its memory here.',
  pythonVersion: 'CPython {0}',
  exitCode: 'exit code {0}',
  incrementalGc: 'incremental GC',
  incrementalGcTitle: 'The incremental collector of CPython 3.14.0–3.14.4 (modelled on 3.14.2); 3.14.5 went back to the generational one',
  gcCounts: 'GC counts {0} / {1} / {2}',
  gcCountsTitle: 'gc.get_count(): allocations minus deallocations per generation since its last collection',
  error: 'Error: {0}',

  step: 'Step {0} of {1}',
  line: 'line {0}',
  shutdown: 'interpreter shutdown',
  shutdownTitle: 'After the last line: CPython tears the interpreter down and runs the finalizers of objects still alive',
  stepSlider: 'Timeline step',
  prev: 'Prev',
  prevTitle: 'Go to the previous step',
  next: 'Next',
  nextTitle: 'Go to the next step',

  framesTitle: 'Frames',
  frameHeading: '{0} · line {1}',
  noVariables: 'No variables',
  colName: 'Name',
  colType: 'Type',
  colRefcount: 'Refcount',
  colValue: 'Value',
  unbound: 'unbound',
  unknownObject: 'object #{0} (not in this step)',

  objectsTitle: 'Objects',
  objectsCount: '{0} live',
  noObjects: 'No live objects',
  objectsMore: '… {0} more objects not shown',
  colAddress: 'Address',
  addressTitle: 'Simulated address: consistent within this run, modelled on CPython, not a real process address',
  colRepr: 'Repr',
  colHolders: 'Held by',
  holdersTitle: 'The references we can name; the rest of the refcount is held inside the interpreter',
  holdersMore: '+{0} more',
  colSize: 'Size',
  sizeBytes: '{0} B',
  colGc: 'GC',
  trackedGeneration: 'tracked, gen {0}',
  tracked: 'tracked',
  untracked: 'untracked',
  immortal: 'immortal',
  immortalTitle: 'Immortal object: its reference count never changes',

  gcTitle: 'Garbage collector',
  gcDisabled: 'disabled (gc.disable())',
  gcEnabled: 'enabled',
  colGeneration: 'Generation',
  colCount: 'Count',
  countTitle: 'gc.get_count(): for generation 0, allocations of container objects minus deallocations; for 1 and 2, collections of the younger generation',
  colThreshold: 'Threshold',
  thresholdTitle: 'gc.get_threshold(): a collection of this generation starts when its count exceeds the threshold',
  colTrackedObjects: 'Tracked objects',
  trackedObjectsTitle: 'len(gc.get_objects(generation)): the program\'s objects plus the modelled start-up objects',
  colCollections: 'Collections',
  colCollected: 'Collected',
  colUncollectable: 'Uncollectable',
  generationLabel: 'gen {0}',
  permanentLabel: 'permanent',
  youngLabel: 'young',
  visitedLabel: 'old (visited)',
  pendingLabel: 'old (pending)',
  startupObjects: '{0} (+{1} start-up)',
  modelledTag: 'modelled',
  startupModelled: 'The interpreter\'s start-up objects and the counts and statistics before your first line follow a real `python file.py` of this version; from there on the collector runs as CPython\'s does.',

  consoleTitle: 'Console',
  consoleEmpty: 'No output yet',
} as const satisfies Record<string, string>;

export type PanelStringKey = keyof typeof PANEL_STRINGS;

/** Fills {0}, {1}, … with the arguments; a placeholder without an argument is left as it is. */
export function formatString(template: string, ...args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}
