/**
 * Reader for fastText's binary model format (version 12, the format of `lid.176.ftz`), limited
 * to what a quantised supervised classifier with hierarchical softmax needs.
 */

const FASTTEXT_MAGIC = 793712314;
const FASTTEXT_VERSION = 12;
// Every product quantiser in fastText has 2^8 centroids per sub-quantiser.
const CENTROIDS_PER_SUBQUANTISER = 256;
const LOSS_HIERARCHICAL_SOFTMAX = 1;

/** Everything needed to classify text with a quantised fastText model. */
export interface FastTextModelData {
  dim: number;
  minn: number;
  maxn: number;
  bucket: number;
  wordNgrams: number;
  /** In-vocabulary words and their row ids (rows 0..nwords-1). */
  words: Map<string, number>;
  nwords: number;
  /** Label names without the `__label__` prefix, most frequent first. */
  labels: string[];
  /** Training counts of the labels, which shape the hierarchical softmax tree. */
  labelCounts: number[];
  /** Hash bucket -> compacted n-gram row (offset by nwords); null when nothing was pruned. */
  pruneIndex: IntMap | null;
  /** Input matrix, de-quantised at load: rows x dim. */
  input: Float32Array;
  /** Output matrix (one row per internal tree node): (labels - 1) x dim. */
  output: Float32Array;
}

/** Parses a fastText `.ftz` file; throws on anything but a quantised hs classifier. */
export function readFastTextModel(bytes: Uint8Array): FastTextModelData {
  const reader = new BinaryReader(bytes);
  if (reader.int32() !== FASTTEXT_MAGIC) throw new Error('not a fastText model file');
  const version = reader.int32();
  if (version !== FASTTEXT_VERSION) throw new Error(`unsupported fastText version ${version}`);

  const [dim, , , , , wordNgrams, loss, , bucket, minn, maxn] = Array.from({ length: 12 }, () =>
    reader.int32(),
  ) as [number, number, number, number, number, number, number, number, number, number, number];
  reader.float64(); // sampling threshold t: training only
  if (loss !== LOSS_HIERARCHICAL_SOFTMAX) throw new Error(`unsupported loss ${loss}`);

  const size = reader.int32();
  const nwords = reader.int32();
  const nlabels = reader.int32();
  reader.int64(); // ntokens: training only
  const pruneSize = reader.int64();

  const words = new Map<string, number>();
  const labels: string[] = [];
  const labelCounts: number[] = [];
  for (let id = 0; id < size; id++) {
    const word = reader.cString();
    const count = reader.int64();
    const type = reader.uint8();
    if (type === 0) words.set(word, id);
    else {
      labels.push(word.replace(/^__label__/, ''));
      labelCounts.push(count);
    }
  }
  if (labels.length !== nlabels) throw new Error('label count does not match the header');

  let pruneIndex: IntMap | null = null;
  if (pruneSize >= 0) {
    pruneIndex = new IntMap(pruneSize);
    for (let i = 0; i < pruneSize; i++) pruneIndex.set(reader.int32(), reader.int32());
  }

  if (reader.uint8() !== 1) throw new Error('only quantised (.ftz) models are supported');
  const input = readQuantisedMatrix(reader, dim);
  if (reader.uint8() !== 0) throw new Error('quantised output matrices are not supported');
  const rows = reader.int64();
  const cols = reader.int64();
  if (cols !== dim) throw new Error('output matrix width does not match the model dimension');
  const output = reader.float32Array(rows * cols);

  return {
    dim,
    minn,
    maxn,
    bucket,
    wordNgrams,
    words,
    nwords,
    labels,
    labelCounts,
    pruneIndex,
    input,
    output,
  };
}

/**
 * A product-quantised matrix becomes a plain one at load: 50k rows x 16 floats is 3 MB, and
 * adding plain rows is several times faster than decoding centroids per n-gram.
 */
function readQuantisedMatrix(reader: BinaryReader, dim: number): Float32Array {
  const qnorm = reader.uint8() === 1;
  const rows = reader.int64();
  const cols = reader.int64();
  const codeSize = reader.int32();
  const codes = reader.bytes(codeSize);
  const pq = readProductQuantiser(reader);
  if (cols !== dim || pq.dim !== dim) throw new Error('quantised matrix width mismatch');
  const norms = qnorm ? reader.bytes(rows) : null;
  const normQuantiser = qnorm ? readProductQuantiser(reader) : null;

  const matrix = new Float32Array(rows * dim);
  for (let row = 0; row < rows; row++) {
    const normCode = norms?.[row] ?? 0;
    const scale = normQuantiser ? (normQuantiser.centroids[normCode] ?? 0) : 1;
    for (let m = 0; m < pq.nsubq; m++) {
      const code = codes[row * pq.nsubq + m] ?? 0;
      const width = m === pq.nsubq - 1 ? pq.lastdsub : pq.dsub;
      const base =
        m === pq.nsubq - 1
          ? m * CENTROIDS_PER_SUBQUANTISER * pq.dsub + code * pq.lastdsub
          : (m * CENTROIDS_PER_SUBQUANTISER + code) * pq.dsub;
      for (let k = 0; k < width; k++) {
        matrix[row * dim + m * pq.dsub + k] = scale * (pq.centroids[base + k] ?? 0);
      }
    }
  }
  return matrix;
}

interface ProductQuantiser {
  dim: number;
  nsubq: number;
  dsub: number;
  lastdsub: number;
  centroids: Float32Array;
}

function readProductQuantiser(reader: BinaryReader): ProductQuantiser {
  const dim = reader.int32();
  const nsubq = reader.int32();
  const dsub = reader.int32();
  const lastdsub = reader.int32();
  const centroids = reader.float32Array(dim * CENTROIDS_PER_SUBQUANTISER);
  return { dim, nsubq, dsub, lastdsub, centroids };
}

/** Little-endian cursor over the model bytes. */
class BinaryReader {
  private offset = 0;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  int32(): number {
    const value = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }

  int64(): number {
    const value = Number(this.view.getBigInt64(this.offset, true));
    this.offset += 8;
    return value;
  }

  uint8(): number {
    const value = this.view.getUint8(this.offset);
    this.offset += 1;
    return value;
  }

  float64(): number {
    const value = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }

  bytes(length: number): Uint8Array {
    const value = this.data.subarray(this.offset, this.offset + length);
    if (value.length !== length) throw new Error('model file is truncated');
    this.offset += length;
    return value;
  }

  float32Array(length: number): Float32Array {
    // Copy, since the offset need not be 4-byte aligned; fastText files are little-endian
    // and so is every machine Node runs on here.
    const copy = new Uint8Array(length * 4);
    copy.set(this.bytes(length * 4));
    return new Float32Array(copy.buffer);
  }

  cString(): string {
    const end = this.data.indexOf(0, this.offset);
    if (end < 0) throw new Error('model file is truncated');
    const value = this.decoder.decode(this.data.subarray(this.offset, end));
    this.offset = end + 1;
    return value;
  }
}

/**
 * Non-negative int -> non-negative int map with open addressing in typed arrays: looked up for
 * every character n-gram, it is several times faster than a `Map` of 40k entries.
 */
export class IntMap {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  set(key: number, value: number): void {
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  /** The value, or -1 when the key is absent. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const found = this.keys[slot];
      if (found === key) return this.values[slot] ?? -1;
      if (found === -1 || found === undefined) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
