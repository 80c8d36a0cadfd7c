import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
  /** The status the stand-in answered. */
  status: number;
}

interface StoredDoc {
  seqNo: number;
  source: Record<string, unknown>;
}

interface Index {
  definition: unknown;
  docs: Map<string, StoredDoc>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function error(status: number, type: string, reason: string): [number, Json] {
  return [status, { error: { type, reason, root_cause: [{ type, reason }] }, status }];
}

/** Every string a query clause searches for: `query` texts and `term` values. */
function searchedStrings(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) searchedStrings(item, out);
  if (!isObject(node)) return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'query' && typeof value === 'string') out.push(value);
    else if (key === 'term' && isObject(value)) {
      for (const v of Object.values(value)) {
        if (typeof v === 'string') out.push(v);
        else if (isObject(v) && typeof v.value === 'string') out.push(v.value);
      }
    } else searchedStrings(value, out);
  }
  return out;
}

// Naive on purpose: a word matches when its first letters (a crude stem) occur in the document.
function matchesClause(clause: unknown, doc: Json): boolean {
  const text = ['title', 'body', 'names', 'translit']
    .map((f) => (typeof doc[f] === 'string' ? doc[f] : ''))
    .join(' ')
    .toLowerCase();
  return searchedStrings(clause)
    .flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 3)
    .some((w) => text.includes(w.slice(0, Math.max(3, w.length - 2))));
}

function sortValue(doc: Json, field: string, spec: unknown): string | number {
  if (field === '_score') return 1;
  const value = doc[field];
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return field.endsWith('At') ? Date.parse(value) : value;
  return isObject(spec) && typeof spec.missing === 'number' ? spec.missing : 0;
}

function compare(a: (string | number)[], b: (string | number)[], orders: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x === y) continue;
    const sign = orders[i] === 'desc' ? -1 : 1;
    return (x < y ? -1 : 1) * sign;
  }
  return 0;
}

/**
 * A recording stand-in for OpenSearch on loopback: just enough of the REST API, in memory, for
 * the adapter to run end to end (indices with aliases, additive `_mapping` updates, `_mget`, `_bulk` with conditional writes,
 * `_doc`, and a naive `_search` with sort, `search_after`, filters, `collapse` and the
 * aggregations the adapter asks for). It records every request, and can refuse the first `_bulk` with 429.
 */
export class RecordingOpenSearch {
  readonly requests: RecordedRequest[] = [];
  private readonly indices = new Map<string, Index>();
  private readonly aliases = new Map<string, string>();
  private seqNo = 0;
  private bulksToRefuse: number;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  constructor(options: { refuseBulks?: number } = {}) {
    this.bulksToRefuse = options.refuseBulks ?? 0;
  }

  /** Starts listening on a free loopback port; returns the node URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((err) => (err ? reject(err) : resolve())),
    );
  }

  /** Recorded requests whose method and path match. */
  sent(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        (method === '*' || r.method === method) &&
        (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const request = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: Buffer.concat(chunks).toString('utf8'),
    };
    let status: number;
    let body: unknown;
    try {
      [status, body] = this.route(request);
    } catch (e) {
      [status, body] = error(500, 'stand_in_exception', String(e));
    }
    this.requests.push({ ...request, status });
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(request.method === 'HEAD' || body === undefined ? undefined : JSON.stringify(body));
  }

  private resolve(name: string): Index | undefined {
    return this.indices.get(this.aliases.get(name) ?? name);
  }

  private route(r: Omit<RecordedRequest, 'status'>): [number, unknown] {
    const parts = r.path.split('/').filter(Boolean);
    const [name, action, id] = parts;
    if (name === undefined)
      return [200, { version: { distribution: 'opensearch', number: '2.19.0' } }];
    if (parts.length === 1 && r.method === 'HEAD')
      return [this.resolve(name) ? 200 : 404, undefined];
    if (parts.length === 1 && r.method === 'PUT') return this.createIndex(name, r.body);
    const index = this.resolve(name);
    if (!index) return error(404, 'index_not_found_exception', `no such index [${name}]`);
    if (action === '_mapping' && (r.method === 'PUT' || r.method === 'POST'))
      return this.putMapping(index, r.body);
    if (action === '_mget') return this.mget(index, JSON.parse(r.body) as { ids: string[] });
    if (action === '_bulk') return this.bulk(index, r.body);
    if (action === '_search') return this.search(index, JSON.parse(r.body || '{}') as Json);
    if (action === '_doc' && id !== undefined) return this.doc(index, r.method, id, r.body);
    return error(400, 'stand_in_unsupported', `${r.method} ${r.path} is not implemented`);
  }

  private createIndex(name: string, body: string): [number, unknown] {
    if (this.indices.has(name) || this.aliases.has(name)) {
      return error(400, 'resource_already_exists_exception', `index [${name}] already exists`);
    }
    const definition = JSON.parse(body || '{}') as Json;
    this.indices.set(name, { definition, docs: new Map() });
    for (const alias of Object.keys(isObject(definition.aliases) ? definition.aliases : {})) {
      this.aliases.set(alias, name);
    }
    return [200, { acknowledged: true, shards_acknowledged: true, index: name }];
  }

  /** Adds fields to the mapping; a field that exists must keep its definition, as in OpenSearch. */
  private putMapping(index: Index, body: string): [number, unknown] {
    const added = (JSON.parse(body || '{}') as Json).properties;
    const definition = isObject(index.definition) ? index.definition : {};
    const mappings = isObject(definition.mappings) ? definition.mappings : {};
    const properties = isObject(mappings.properties) ? mappings.properties : {};
    for (const [field, mapping] of Object.entries(isObject(added) ? added : {})) {
      const current = properties[field];
      if (current !== undefined && JSON.stringify(current) !== JSON.stringify(mapping)) {
        return error(400, 'illegal_argument_exception', `mapper [${field}] cannot be changed`);
      }
      properties[field] = mapping;
    }
    index.definition = { ...definition, mappings: { ...mappings, properties } };
    return [200, { acknowledged: true }];
  }

  private mget(index: Index, body: { ids: string[] }): [number, unknown] {
    const docs = body.ids.map((id) => {
      const doc = index.docs.get(id);
      return doc
        ? { _id: id, found: true, _seq_no: doc.seqNo, _primary_term: 1, _source: doc.source }
        : { _id: id, found: false };
    });
    return [200, { docs }];
  }

  private bulk(index: Index, body: string): [number, unknown] {
    if (this.bulksToRefuse > 0) {
      this.bulksToRefuse--;
      return error(429, 'rejected_execution_exception', 'rejected execution: write queue full');
    }
    const lines = body
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Json);
    const items: Json[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const [op, meta] = Object.entries(lines[i] ?? {})[0] ?? ['?', {}];
      const { _id, if_seq_no } = meta as { _id: string; if_seq_no?: number };
      const current = index.docs.get(_id);
      const conflict = op === 'create' ? current !== undefined : current?.seqNo !== if_seq_no;
      if (conflict) {
        items.push({
          [op]: {
            _id,
            status: 409,
            error: { type: 'version_conflict_engine_exception', reason: 'conflict' },
          },
        });
        continue;
      }
      index.docs.set(_id, { seqNo: ++this.seqNo, source: lines[i + 1] ?? {} });
      items.push({ [op]: { _id, status: op === 'create' ? 201 : 200, result: 'created' } });
    }
    return [
      200,
      {
        took: 1,
        errors: items.some((item) => Object.values(item).some((v) => isObject(v) && 'error' in v)),
        items,
      },
    ];
  }

  private doc(index: Index, method: string, id: string, body: string): [number, unknown] {
    const doc = index.docs.get(id);
    if (method === 'GET') {
      return doc
        ? [200, { _id: id, found: true, _source: doc.source }]
        : [404, { _id: id, found: false }];
    }
    if (method === 'DELETE') {
      index.docs.delete(id);
      return [doc ? 200 : 404, { _id: id, result: doc ? 'deleted' : 'not_found' }];
    }
    index.docs.set(id, { seqNo: ++this.seqNo, source: JSON.parse(body) as Json });
    return [201, { _id: id, result: 'created' }];
  }

  private search(index: Index, body: Json): [number, unknown] {
    const bool = isObject(body.query) && isObject(body.query.bool) ? body.query.bool : {};
    const live = [...index.docs.values()]
      .map((d) => d.source)
      .filter((doc) => doc.deleted !== true);
    const matching = live.filter((doc) => matchesBool(bool, doc));
    const sortSpec = (Array.isArray(body.sort) ? body.sort : []).map(
      (s): [string, unknown] => Object.entries(s as Json)[0] ?? ['_score', {}],
    );
    const orders = sortSpec.map(([, spec]) =>
      isObject(spec) && spec.order === 'desc' ? 'desc' : 'asc',
    );
    const after = Array.isArray(body.search_after)
      ? (body.search_after as (string | number)[])
      : undefined;
    const size = typeof body.size === 'number' ? body.size : 10;
    const hits = matching
      .map((doc) => ({ doc, sort: sortSpec.map(([field, spec]) => sortValue(doc, field, spec)) }))
      .sort((a, b) => compare(a.sort, b.sort, orders));
    const collapse = isObject(body.collapse) ? String(body.collapse.field) : undefined;
    // Collapsed: the first hit of each value, paged by `from`, its group as `inner_hits`.
    const heads = collapse
      ? hits.filter((hit, i) => hits.findIndex((h) => h.doc[collapse] === hit.doc[collapse]) === i)
      : hits.filter((hit) => after === undefined || compare(hit.sort, after, orders) > 0);
    const from = typeof body.from === 'number' ? body.from : 0;
    const page = heads.slice(from, from + size);
    const aggs = isObject(body.aggs) ? body.aggs : {};
    const aggregations = Object.fromEntries(
      Object.entries(aggs).map(([name, agg]) => [name, aggregate(agg, matching, live)]),
    );
    return [
      200,
      {
        took: 1,
        timed_out: false,
        hits: {
          total: { value: hits.length, relation: 'eq' },
          hits: page.map((hit) => ({
            _id: hit.doc.id,
            _score: 1,
            sort: hit.sort,
            _source: hit.doc,
            ...(collapse
              ? {
                  inner_hits: {
                    versions: {
                      hits: {
                        total: {
                          value: hits.filter((h) => h.doc[collapse] === hit.doc[collapse]).length,
                        },
                        hits: hits
                          .filter((h) => h.doc[collapse] === hit.doc[collapse])
                          .map((h) => ({ _source: h.doc })),
                      },
                    },
                  },
                }
              : {}),
          })),
        },
        aggregations,
      },
    ];
  }
}

/** Whether a document passes a `bool` query's `must`, `filter` and `must_not` (naively). */
function matchesBool(bool: Json, doc: Json): boolean {
  const list = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);
  return (
    list(bool.must).every(
      (clause) => 'match_all' in (clause as Json) || matchesClause(clause, doc),
    ) && list(bool.filter).every((clause) => matchesFilter(clause, doc))
  );
}

/** `terms` and `range` filters, as the adapter sends them. */
function matchesFilter(clause: unknown, doc: Json): boolean {
  if (!isObject(clause)) return true;
  if (isObject(clause.terms)) {
    return Object.entries(clause.terms).every(
      ([field, values]) => Array.isArray(values) && values.includes(doc[field]),
    );
  }
  if (isObject(clause.range)) {
    return Object.entries(clause.range).every(([field, range]) => {
      const value = doc[field];
      if (typeof value !== 'string' || !isObject(range)) return false;
      return (
        (typeof range.gte !== 'string' || value >= range.gte) &&
        (typeof range.lte !== 'string' || value <= range.lte)
      );
    });
  }
  if (isObject(clause.bool)) return matchesBool(clause.bool, doc);
  return true;
}

/** `terms`, `date_histogram` by month, `cardinality`, and `global` → `filter` aggregations. */
function aggregate(agg: unknown, docs: Json[], all: Json[]): unknown {
  if (!isObject(agg)) return {};
  if (isObject(agg.global) && isObject(agg.aggs)) {
    return Object.fromEntries(
      Object.entries(agg.aggs).map(([name, inner]) => [name, aggregate(inner, all, all)]),
    );
  }
  if (isObject(agg.filter) && isObject(agg.aggs)) {
    const filtered = docs.filter((doc) => matchesFilter(agg.filter, doc));
    return {
      doc_count: filtered.length,
      ...Object.fromEntries(
        Object.entries(agg.aggs).map(([name, inner]) => [name, aggregate(inner, filtered, all)]),
      ),
    };
  }
  if (isObject(agg.cardinality)) {
    const field = String(agg.cardinality.field);
    return { value: new Set(docs.map((doc) => doc[field])).size };
  }
  const counted = (key: (doc: Json) => unknown) => {
    const counts = new Map<string, number>();
    for (const doc of docs) {
      const value = key(doc);
      if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].map(([value, doc_count]) => ({ key: value, doc_count }));
  };
  if (isObject(agg.terms)) {
    const field = String(agg.terms.field);
    return { buckets: counted((doc) => doc[field]) };
  }
  if (isObject(agg.date_histogram)) {
    const field = String(agg.date_histogram.field);
    return {
      buckets: counted((doc) =>
        typeof doc[field] === 'string' ? String(doc[field]).slice(0, 7) : null,
      ).map((b) => ({
        key_as_string: b.key,
        key: Date.parse(`${b.key}-01`),
        doc_count: b.doc_count,
      })),
    };
  }
  return {};
}
