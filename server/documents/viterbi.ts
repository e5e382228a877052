/**
 * The best path through a lattice: `emissions[t][c]` scores class c at step t, `transitions[a][b]` scores
 * moving from class a to class b, `start[c]` scores opening with c. Scores are additive (log-space), so a
 * line whose own evidence is weak follows its neighbours instead of derailing the sequence.
 */
export function bestPath(emissions: readonly (readonly number[])[], transitions: readonly (readonly number[])[], start?: readonly number[]): number[] {
  const steps = emissions.length;
  if (steps === 0) return [];
  const classes = emissions[0]!.length;
  let score = emissions[0]!.map((e, c) => e + (start?.[c] ?? 0));
  const back: Int32Array[] = [];
  for (let t = 1; t < steps; t++) {
    const from = new Int32Array(classes);
    const next = new Array<number>(classes);
    for (let b = 0; b < classes; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < classes; a++) {
        const s = score[a]! + (transitions[a]?.[b] ?? 0);
        if (s > best) (best = s), (arg = a);
      }
      next[b] = best + emissions[t]![b]!;
      from[b] = arg;
    }
    back.push(from);
    score = next;
  }
  let last = 0;
  for (let c = 1; c < classes; c++) if (score[c]! > score[last]!) last = c;
  const path = [last];
  for (let t = steps - 2; t >= 0; t--) path.unshift(back[t]![path[0]!]!);
  return path;
}
