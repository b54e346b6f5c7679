// CPython's "Did you mean …?" suggestions (traceback.py / suggestions.c): the closest candidate by a
// Levenshtein distance where a substitution costs 2 and a case change 1.

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;

export function closestName(wrong: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates.sort()) {
    if (candidate === wrong) continue;
    const maxDistance = Math.floor(((candidate.length + wrong.length + 3) * MOVE_COST) / 6);
    const distance = levenshtein(wrong, candidate, Math.min(maxDistance, bestDistance - 1));
    if (distance > maxDistance) continue;
    if (!best || distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(a[ai]!, b[bi]!);
      distance = row[ai]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
