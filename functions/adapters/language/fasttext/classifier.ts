import type { FastTextModelData } from './model-file.ts';
import { hashCodeUnit, SPAN_HASH_START } from './span-table.ts';
import { TokenVectors } from './token-vectors.ts';

const END_OF_SENTENCE = '</s>';
const FNV_OFFSET = 2166136261 | 0;
const FNV_PRIME = 16777619;
// fastText adds 1e-5 inside every log of the tree walk; kept so scores match the reference.
const LOG_EPSILON = 1e-5;
// Subtrees less probable than e^-23 (1e-10) are not walked: their labels stay at 0, far below
// anything a caller can tell from zero, and the walk gets several times cheaper.
const PRUNE_BELOW_LOG = -23;
// Bounded so a long-running process cannot grow the cache without limit: two generations of
// 100,000 tokens (see `TokenVectors`).
const CACHED_TOKENS_PER_GENERATION = 100_000;
const BEGIN_OF_WORD = 0x3c; // '<'
const END_OF_WORD = 0x3e; // '>'

/** Input rows of some tokens, summed, and how many rows were added. */
export interface TokenSum {
  readonly sum: ArrayLike<number>;
  readonly count: number;
}

interface TreeNode {
  left: number;
  right: number;
}

/**
 * Inference of a fastText supervised model in plain TypeScript: the same tokens, hashed
 * character n-grams, averaged embedding and hierarchical-softmax tree as fastText's C++ code,
 * so it gives the reference probabilities without WebAssembly or native code.
 */
export class FastTextClassifier {
  /** Label names, index-aligned with {@link predict}'s result. */
  readonly labels: readonly string[];
  /** How many training examples each label had. */
  readonly labelCounts: readonly number[];
  // The tree as two flat arrays: the walk reads them for every node of every prediction.
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly vectors: TokenVectors;
  private readonly endOfSentence: TokenSum;
  // Reused buffers: allocating per token was the largest cost of unseen words.
  private scratchRows = new Int32Array(256);
  private scratchChars = new Int32Array(64);
  private readonly scratchSum: Float64Array;
  private readonly hidden: Float64Array;

  constructor(private readonly model: FastTextModelData) {
    this.labels = model.labels;
    this.labelCounts = model.labelCounts;
    const tree = buildTree(model.labelCounts);
    this.left = Int32Array.from(tree, (node) => node.left);
    this.right = Int32Array.from(tree, (node) => node.right);
    this.hidden = new Float64Array(model.dim);
    this.vectors = new TokenVectors(model.dim, CACHED_TOKENS_PER_GENERATION);
    this.scratchSum = new Float64Array(model.dim);
    const end = new Float64Array(model.dim);
    this.endOfSentence = { sum: end, count: this.rowsOf(END_OF_SENTENCE, end) };
  }

  /**
   * Probability of every label for one line of text (the tree walk's, summing to about 1;
   * labels below 1e-10 are reported as 0).
   */
  predict(text: string): Float64Array {
    return this.predictSum(this.embed(text));
  }

  /**
   * The sum of the input rows of a line's tokens, without the end-of-line token: fastText
   * averages these, so the sums of several lines add up to the sum of the lines joined by
   * spaces, and {@link predictSum} of that equals {@link predict} of the joined text.
   */
  embed(text: string): TokenSum {
    return this.embedSplit(text, SEPARATORS);
  }

  /**
   * {@link embed} of `text.replace(/\s+/g, ' ')`, without making that string: every white-space
   * character of JavaScript's `\s` separates tokens too, as the space it would have become.
   */
  embedLine(text: string): TokenSum {
    return this.embedSplit(text, LINE_SEPARATORS);
  }

  /** The tokens of `text` split where `separators` (one entry per UTF-16 unit) holds 1. */
  private embedSplit(text: string, separators: Uint8Array): TokenSum {
    const { dim } = this.model;
    const sum = new Float64Array(dim);
    const { vectors } = this;
    let count = 0;
    // The tokens of `text.split(TOKEN_SEPARATOR)`, found in place: each is hashed as it is
    // scanned and looked up by its place in the line; a string is cut only for a token never met.
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (separators[text.charCodeAt(i)] === 1) {
        i++;
        continue;
      }
      const start = i;
      let hash = SPAN_HASH_START;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (separators[code] === 1) break;
        hash = hashCodeUnit(hash, code);
      }
      let rows = vectors.addInto(text, start, i, hash, sum);
      if (rows < 0) {
        const scratch = this.scratchSum;
        rows = this.rowsOf(text.slice(start, i), scratch);
        vectors.store(text, start, i, hash, scratch, rows);
        for (let k = 0; k < dim; k++) sum[k] = (sum[k] ?? 0) + (scratch[k] ?? 0);
      }
      count += rows;
    }
    return { sum, count };
  }

  /** Probabilities of one line made of the tokens summed in `parts`, with its end of line. */
  predictSum(...parts: readonly TokenSum[]): Float64Array {
    const { dim } = this.model;
    const end = this.endOfSentence;
    const hidden = this.hidden;
    for (let k = 0; k < dim; k++) hidden[k] = end.sum[k] ?? 0;
    let count = end.count;
    for (const part of parts) {
      for (let k = 0; k < dim; k++) hidden[k] = (hidden[k] ?? 0) + (part.sum[k] ?? 0);
      count += part.count;
    }
    if (count > 0) for (let k = 0; k < dim; k++) hidden[k] = (hidden[k] ?? 0) / count;
    const probabilities = new Float64Array(this.labels.length);
    this.walk(this.left.length - 1, 0, probabilities);
    return probabilities;
  }

  private walk(node: number, score: number, out: Float64Array): void {
    if (score < PRUNE_BELOW_LOG) return;
    const left = this.left[node] ?? -1;
    const right = this.right[node] ?? -1;
    if (left === -1) {
      out[node] = Math.exp(score);
      return;
    }
    const { dim, output } = this.model;
    const hidden = this.hidden;
    const base = (node - this.labels.length) * dim;
    let dot = 0;
    for (let k = 0; k < dim; k++) dot += (output[base + k] ?? 0) * (hidden[k] ?? 0);
    const f = 1 / (1 + Math.exp(-dot));
    this.walk(left, score + Math.log(1 - f + LOG_EPSILON), out);
    this.walk(right, score + Math.log(f + LOG_EPSILON), out);
  }

  /**
   * The sum of one token's input rows (its own row when in the vocabulary, then its n-grams')
   * into `sum` (overwritten); returns how many rows. Computed once per token (`vectors` keeps
   * it): words recur, and adding one vector is a fraction of adding the dozens of n-gram rows
   * of a word each time it occurs.
   */
  private rowsOf(token: string, sum: Float64Array): number {
    let count = 0;
    const id = this.model.words.get(token);
    if (id !== undefined) this.scratchRows[count++] = id;
    if (token !== END_OF_SENTENCE) count = this.pushSubwords(token, count);
    const { dim, input } = this.model;
    sum.fill(0);
    for (let r = 0; r < count; r++) {
      const base = (this.scratchRows[r] ?? 0) * dim;
      for (let k = 0; k < dim; k++) sum[k] = (sum[k] ?? 0) + (input[base + k] ?? 0);
    }
    return count;
  }

  /**
   * Appends the rows of the character n-grams of `<token>` (fastText's `computeSubwords`,
   * hashing UTF-8 bytes) to `scratchRows` from `count` on; returns the new count.
   */
  private pushSubwords(token: string, start: number): number {
    const { minn, maxn, bucket, nwords, pruneIndex } = this.model;
    const chars = this.codePoints(token);
    let count = start;
    for (let i = 0; i < chars; i++) {
      let hash = FNV_OFFSET;
      for (let n = 1; n <= maxn && i + n <= chars; n++) {
        hash = hashCodePoint(hash, this.scratchChars[i + n - 1] ?? 0);
        if (n < minn || (n === 1 && (i === 0 || i + n === chars))) continue;
        const bucketId = (hash >>> 0) % bucket;
        const row = pruneIndex === null ? bucketId : pruneIndex.get(bucketId);
        if (row < 0) continue;
        if (count >= this.scratchRows.length) this.growScratch();
        this.scratchRows[count++] = nwords + row;
      }
    }
    return count;
  }

  /** Code points of `<token>` into `scratchChars`; returns how many. */
  private codePoints(token: string): number {
    if (this.scratchChars.length < token.length + 2) {
      this.scratchChars = new Int32Array(token.length * 2 + 2);
    }
    let count = 0;
    this.scratchChars[count++] = BEGIN_OF_WORD;
    for (let i = 0; i < token.length; i++) {
      let code = token.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < token.length) {
        code = 0x10000 + ((code - 0xd800) << 10) + (token.charCodeAt(i + 1) - 0xdc00);
        i++;
      }
      this.scratchChars[count++] = code;
    }
    this.scratchChars[count++] = END_OF_WORD;
    return count;
  }

  private growScratch(): void {
    const bigger = new Int32Array(this.scratchRows.length * 2);
    bigger.set(this.scratchRows);
    this.scratchRows = bigger;
  }
}

/** fastText's token separators: space, \t, \n, \v, \f, \r and \0, marked by UTF-16 unit. */
const SEPARATORS = new Uint8Array(0x10000);
for (const code of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0]) SEPARATORS[code] = 1;

// Those and every unit JavaScript's `\s` matches (all in the BMP: ECMAScript's white space and
// line terminators, the Unicode space separators among them): the characters that
// `replace(/\s+/g, ' ')` would have made spaces separate tokens as those spaces would. Listed,
// not found by testing all 65,536 units, which cost 7 ms of every cold start; a test holds the
// list to `\s`.
const LINE_SEPARATORS = SEPARATORS.slice();
for (const code of [
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]) {
  LINE_SEPARATORS[code] = 1;
}

/** Feeds one character's UTF-8 bytes to an FNV-1a hash, as fastText does byte by byte. */
function hashCodePoint(hash: number, code: number): number {
  // fastText hashes `char`s, which are signed: bytes >= 0x80 are sign-extended (| ~0xff).
  if (code < 0x80) return Math.imul(hash ^ code, FNV_PRIME);
  if (code < 0x800) {
    const h = Math.imul(hash ^ (0xc0 | (code >> 6) | ~0xff), FNV_PRIME);
    return Math.imul(h ^ (0x80 | (code & 0x3f) | ~0xff), FNV_PRIME);
  }
  if (code < 0x10000) {
    let h = Math.imul(hash ^ (0xe0 | (code >> 12) | ~0xff), FNV_PRIME);
    h = Math.imul(h ^ (0x80 | ((code >> 6) & 0x3f) | ~0xff), FNV_PRIME);
    return Math.imul(h ^ (0x80 | (code & 0x3f) | ~0xff), FNV_PRIME);
  }
  let h = Math.imul(hash ^ (0xf0 | (code >> 18) | ~0xff), FNV_PRIME);
  h = Math.imul(h ^ (0x80 | ((code >> 12) & 0x3f) | ~0xff), FNV_PRIME);
  h = Math.imul(h ^ (0x80 | ((code >> 6) & 0x3f) | ~0xff), FNV_PRIME);
  return Math.imul(h ^ (0x80 | (code & 0x3f) | ~0xff), FNV_PRIME);
}

/** fastText's Huffman tree over label counts (labels sorted by descending count). */
function buildTree(counts: readonly number[]): TreeNode[] {
  const labels = counts.length;
  const nodes = Array.from({ length: 2 * labels - 1 }, (_, i) => ({
    left: -1,
    right: -1,
    count: i < labels ? (counts[i] ?? 0) : 1e15,
  }));
  let leaf = labels - 1;
  let node = labels;
  for (let i = labels; i < 2 * labels - 1; i++) {
    const picked: number[] = [];
    for (let j = 0; j < 2; j++) {
      if (leaf >= 0 && (nodes[leaf]?.count ?? 0) < (nodes[node]?.count ?? 0)) picked.push(leaf--);
      else picked.push(node++);
    }
    const [left = -1, right = -1] = picked;
    const current = nodes[i];
    if (!current) continue;
    current.left = left;
    current.right = right;
    current.count = (nodes[left]?.count ?? 0) + (nodes[right]?.count ?? 0);
  }
  return nodes.map(({ left, right }) => ({ left, right }));
}
