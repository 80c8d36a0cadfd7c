import { useState } from 'preact/hooks';
import type { SearchResponse } from './api.ts';
import type { Translator } from './i18n.ts';
import { EMPTY_SEARCH, monthRange, type SearchState, toggled } from './url-state.ts';

/** Applies a changed search, as a new history entry. */
export type ChangeSearch = (search: SearchState) => void;

/** Outlets listed before "show all". */
const SOURCES_SHOWN = 8;

function byCount(counts: Record<string, number> | undefined): [string, number][] {
  return Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// Selected values the facet no longer counts are still listed, so they can be turned off.
function withSelected(entries: [string, number][], selected: readonly string[]) {
  const listed = new Set(entries.map(([value]) => value));
  return [
    ...entries,
    ...selected.filter((value) => !listed.has(value)).map((v) => [v, 0] as [string, number]),
  ];
}

function Facet(props: {
  title: string;
  entries: [string, number][];
  selected: readonly string[];
  label: (value: string) => string;
  onToggle: (value: string) => void;
  tr: Translator;
}) {
  const { title, entries, selected, tr } = props;
  if (entries.length === 0) return null;
  return (
    <fieldset class="facet">
      <legend>{title}</legend>
      <ul>
        {entries.map(([value, count]) => {
          const label = props.label(value);
          return (
            <li key={value}>
              <button
                type="button"
                aria-pressed={selected.includes(value)}
                aria-label={tr.t.facetOption(label, tr.number(count))}
                onClick={() => props.onToggle(value)}
              >
                <span class="facet-label">{label}</span>
                <span class="facet-count" aria-hidden="true">
                  {tr.number(count)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Timeline(props: {
  months: Record<string, number> | undefined;
  search: SearchState;
  onChange: ChangeSearch;
  tr: Translator;
}) {
  const { search, tr } = props;
  const months = Object.entries(props.months ?? {}).sort((a, b) => a[0].localeCompare(b[0]));
  if (months.length === 0) return null;
  const highest = Math.max(...months.map(([, n]) => n));
  const first = months[0]?.[0] ?? '';
  const last = months.at(-1)?.[0] ?? '';
  return (
    <>
      <ul class="timeline" aria-label={tr.t.timeline}>
        {months.map(([month, count]) => {
          const range = monthRange(month);
          const chosen = search.from === range.from && search.to === range.to;
          const label = tr.month(month);
          return (
            <li key={month}>
              <button
                type="button"
                aria-pressed={chosen}
                aria-label={tr.t.monthOption(label, tr.number(count))}
                title={tr.t.monthOption(label, tr.number(count))}
                onClick={() =>
                  props.onChange(chosen ? { ...search, from: '', to: '' } : { ...search, ...range })
                }
              >
                <span class="bar" style={{ height: `${Math.max(8, (count / highest) * 100)}%` }} />
              </button>
            </li>
          );
        })}
      </ul>
      <p class="timeline-range" aria-hidden="true">
        {last !== first ? `${tr.month(first)} – ${tr.month(last)}` : tr.month(first)}
      </p>
    </>
  );
}

/** The facets with their counts, and the date range. */
export function Filters(props: {
  response: SearchResponse | undefined;
  search: SearchState;
  onChange: ChangeSearch;
  tr: Translator;
}) {
  const { response, search, onChange, tr } = props;
  const [allSources, setAllSources] = useState(false);
  // On a phone the filters start folded, so the results come first.
  const [open] = useState(() => !matchMedia('(max-width: 40rem)').matches);
  const languages = withSelected(byCount(response?.facets.language), search.lang);
  const sources = withSelected(byCount(response?.facets.source), search.source);
  return (
    <details class="filters" open={open}>
      <summary>{tr.t.filters}</summary>
      <Facet
        title={tr.t.languageFacet}
        entries={languages}
        selected={search.lang}
        label={tr.language}
        onToggle={(code) => onChange({ ...search, lang: toggled(search.lang, code) })}
        tr={tr}
      />
      <Facet
        title={tr.t.sourceFacet}
        entries={allSources ? sources : sources.slice(0, SOURCES_SHOWN)}
        selected={search.source}
        label={(name) => name}
        onToggle={(name) => onChange({ ...search, source: toggled(search.source, name) })}
        tr={tr}
      />
      {!allSources && sources.length > SOURCES_SHOWN ? (
        <button type="button" class="link" onClick={() => setAllSources(true)}>
          {tr.t.showMoreSources}
        </button>
      ) : null}
      <fieldset class="facet dates">
        <legend>{tr.t.dateFacet}</legend>
        <Timeline months={response?.facets.month} search={search} onChange={onChange} tr={tr} />
        <label>
          {tr.t.dateFrom}
          <input
            type="date"
            name="from"
            value={search.from}
            max={search.to || undefined}
            onChange={(event) => onChange({ ...search, from: event.currentTarget.value })}
          />
        </label>
        <label>
          {tr.t.dateTo}
          <input
            type="date"
            name="to"
            value={search.to}
            min={search.from || undefined}
            onChange={(event) => onChange({ ...search, to: event.currentTarget.value })}
          />
        </label>
      </fieldset>
    </details>
  );
}

/** The active filters as removable chips, and "clear all". */
export function Chips(props: { search: SearchState; onChange: ChangeSearch; tr: Translator }) {
  const { search, onChange, tr } = props;
  const chips: { key: string; label: string; without: SearchState }[] = [
    ...search.lang.map((code) => ({
      key: `lang:${code}`,
      label: tr.language(code),
      without: { ...search, lang: search.lang.filter((c) => c !== code) },
    })),
    ...search.source.map((name) => ({
      key: `source:${name}`,
      label: name,
      without: { ...search, source: search.source.filter((s) => s !== name) },
    })),
    ...(search.from
      ? [
          {
            key: 'from',
            label: `${tr.t.dateFrom} ${tr.day(search.from)}`,
            without: { ...search, from: '' },
          },
        ]
      : []),
    ...(search.to
      ? [
          {
            key: 'to',
            label: `${tr.t.dateTo} ${tr.day(search.to)}`,
            without: { ...search, to: '' },
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <section class="chips" aria-label={tr.t.activeFilters}>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              class="chip"
              aria-label={tr.t.removeFilter(chip.label)}
              onClick={() => onChange(chip.without)}
            >
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={() => onChange({ ...EMPTY_SEARCH, q: search.q })}>
        {tr.t.clearAll}
      </button>
    </section>
  );
}
