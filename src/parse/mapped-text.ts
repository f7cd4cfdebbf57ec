/**
 * A text assembled from pieces of an original file (subtitle cues, JSON strings, Markdown lines),
 * with a map back to offsets in that original. Every parser builds its turns as MappedText so that
 * positions reported to the user always point into the file as they have it.
 *
 * The map is a sorted list of runs: local offset `at` corresponds to original offset `orig`, and the
 * run continues one-to-one until the next run starts. Lookups are binary searches.
 */
export interface Run {
  at: number;
  orig: number;
  /**
   * Set when the run replaces a stretch of the original of another length (a decoded entity or
   * escape: "&#8217;" -> "’"): the run's text stands for [orig, orig + origLength).
   */
  origLength?: number;
}

export class MappedText {
  private parts: string[] = [];
  private length = 0;
  readonly runs: Run[] = [];
  private cached: string | null = null;

  /** Appends `text`, which sits at `origOffset` in the original file. */
  append(text: string, origOffset: number): this {
    if (text.length === 0) return this;
    const last = this.runs[this.runs.length - 1];
    // Contiguous with the previous run: no new run needed, keeps the map small.
    if (!last || last.orig + (this.length - last.at) !== origOffset) {
      this.runs.push({ at: this.length, orig: origOffset });
    }
    this.parts.push(text);
    this.length += text.length;
    this.cached = null;
    return this;
  }

  /**
   * Appends text that has no own place in the original (a space that joins two cues, a decoded
   * escape): it maps to `origOffset`, and the next appended piece starts a new run.
   */
  appendSynthetic(text: string, origOffset: number): this {
    if (text.length === 0) return this;
    this.runs.push({ at: this.length, orig: origOffset });
    this.parts.push(text);
    this.length += text.length;
    // Force a new run for whatever comes next.
    this.runs.push({ at: this.length, orig: -1 });
    this.cached = null;
    return this;
  }

  /**
   * Appends `text` that stands for `origLength` characters of the original at `origOffset` (an
   * HTML entity, a JSON escape), so that a span ending on it ends after it in the original.
   */
  appendReplacement(text: string, origOffset: number, origLength: number): this {
    if (text.length === 0) return this;
    this.runs.push({ at: this.length, orig: origOffset, origLength });
    this.parts.push(text);
    this.length += text.length;
    this.runs.push({ at: this.length, orig: origOffset + origLength });
    this.cached = null;
    return this;
  }

  /** Appends local [from, to) of `other`, keeping every character's original offset. */
  appendSlice(other: MappedText, from = 0, to = other.size): this {
    const s = other.toString();
    const runs = other.runs;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const runEnd = r + 1 < runs.length ? runs[r + 1]!.at : s.length;
      const a = Math.max(run.at, from);
      const b = Math.min(runEnd, to);
      if (b <= a || run.orig < 0) continue;
      if (run.origLength !== undefined) {
        // A replacement is copied whole or not at all.
        if (a === run.at && b === runEnd) this.appendReplacement(s.slice(a, b), run.orig, run.origLength);
        else this.append(s.slice(a, b), run.orig);
      } else this.append(s.slice(a, b), run.orig + (a - run.at));
    }
    return this;
  }

  get size(): number {
    return this.length;
  }

  toString(): string {
    if (this.cached === null) {
      this.cached = this.parts.join('');
      this.parts = [this.cached];
    }
    return this.cached;
  }

  /** Original offset of local offset `i` (0 <= i <= size). */
  toOriginal(i: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.at <= i) lo = mid;
      else hi = mid - 1;
    }
    let run = runs[lo]!;
    // A placeholder run (orig -1) at the very end: map to the end of the previous run.
    while (run.orig < 0 && lo > 0) {
      lo--;
      run = runs[lo]!;
    }
    if (run.origLength !== undefined) return run.orig + (i > run.at ? run.origLength : 0);
    return run.orig + (i - run.at);
  }

  /** Original offset for the exclusive end of a local span ending at `end`. */
  toOriginalEnd(end: number): number {
    if (end <= 0) return this.toOriginal(0);
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.at <= end - 1) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo];
    if (run && run.origLength !== undefined && run.orig >= 0) return run.orig + run.origLength;
    return this.toOriginal(end - 1) + 1;
  }

  static identity(text: string, origOffset = 0): MappedText {
    return new MappedText().append(text, origOffset);
  }
}
