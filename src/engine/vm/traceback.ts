// Prints an uncaught exception the way CPython's default excepthook does, including the source
// line and the ^^^/~~~ markers of 3.11+ (traceback.py's rules for when carets are shown).
import type { Profile } from '../profiles/types';
import type { PyException, TracebackEntry } from '../objects/exceptions';
import type { PySyntaxError } from '../syntax/errors';
import { PyList } from '../objects/containers';
import { PyStr } from '../objects/scalars';

function markerLine(entry: TracebackEntry, text: string, profile: Profile): string | null {
  if (entry.line !== entry.endLine || entry.hideCarets) return null;
  const stripped = text.trimStart();
  const indent = text.length - stripped.length;
  const lineEnd = text.trimEnd().length;
  const start = entry.col;
  const end = Math.min(entry.endCol, lineEnd);
  if (end <= start) return null;
  const coversLine = start <= indent && end >= lineEnd;
  // traceback.py: markers when the segment is shorter than the line, or when it has ~^ anchors.
  if (coversLine && entry.anchors === null) return null;
  let marker = '';
  for (let i = start; i < end; i++) {
    if (!entry.anchors) marker += '^';
    else marker += i >= entry.anchors[0] && i < entry.anchors[1] ? '^' : '~';
  }
  return `    ${' '.repeat(start - indent)}${marker}`;
}

/** The whole chain, oldest first, as sys.excepthook prints it. `message` renders one exception's text. */
export function formatExceptionChain(
  exc: PyException, message: (exc: PyException) => string, sourceLines: string[], profile: Profile, seen = new Set<PyException>(),
): string {
  seen.add(exc);
  let out = '';
  if (exc.cause && !seen.has(exc.cause)) {
    out += formatExceptionChain(exc.cause, message, sourceLines, profile, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatExceptionChain(exc.context, message, sourceLines, profile, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  return out + formatTraceback(exc, message(exc), sourceLines, profile) + formatNotes(exc);
}

/** PEP 678: each note of `__notes__` on its own line(s) after the exception line (string notes only). */
function formatNotes(exc: PyException): string {
  const notes = exc.values.get('__notes__');
  if (!(notes instanceof PyList)) return '';
  return notes.items.map((note) => (note instanceof PyStr ? `${note.value}\n` : '')).join('');
}

export function formatTraceback(exc: PyException, message: string, sourceLines: string[], profile: Profile): string {
  if (exc.traceback.length === 0) return message.length > 0 ? `${exc.type.name}: ${message}\n` : `${exc.type.name}\n`;
  let out = 'Traceback (most recent call last):\n';
  // traceback.py: after three identical entries in a row, the rest are counted, not printed.
  let previous = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 > 1 ? 's' : ''}]\n`;
  };
  for (const entry of exc.traceback) {
    const key = `${entry.filename}\0${entry.line}\0${entry.name}`;
    if (key === previous) repeats++;
    else {
      flushRepeats();
      previous = key;
      repeats = 1;
    }
    if (repeats > 3) continue;
    out += `  File "${entry.filename}", line ${entry.line}, in ${entry.name}\n`;
    const text = sourceLines[entry.line - 1];
    if (text !== undefined && text.trim() !== '') {
      out += `    ${text.trim()}\n`;
      const marker = markerLine(entry, text, profile);
      if (marker) out += `${marker}\n`;
    }
  }
  flushRepeats();
  out += message.length > 0 ? `${exc.type.name}: ${message}\n` : `${exc.type.name}\n`;
  return out;
}

export function formatSyntaxError(error: PySyntaxError, filename: string, sourceLines: string[]): string {
  let out = `  File "${filename}", line ${error.line}\n`;
  const text = sourceLines[error.line - 1];
  if (text !== undefined && text.trim() !== '') {
    const indent = text.length - text.trimStart().length;
    out += `    ${text.trim()}\n`;
    // endCol < 0: CPython has no end offset (e.g. "unexpected indent") and prints no caret line.
    if (error.endCol >= 0) {
      const width = Math.max(1, error.endCol - error.col);
      out += `    ${' '.repeat(Math.max(0, error.col - indent))}${'^'.repeat(width)}\n`;
    }
  }
  out += `${error.className}: ${error.msg}\n`;
  return out;
}
