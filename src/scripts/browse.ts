/**
 * The browse page's filters: facet counts and selection from the facet index (OR within a
 * facet, AND across), a text query through Pagefind, sorting, and the state in the URL so
 * that a filtered list can be shared. The server-rendered list is the page without JavaScript.
 */
import {
  decodeFacetIndex,
  FACETS,
  facetCounts,
  filterRecords,
  paramsToSelection,
  selectionToParams,
  type FacetIndexFile,
  type FacetName,
  type Selection,
} from '../lib/facets/model.ts';
import { practicesMatching } from './pagefind.ts';

interface BrowseConfig {
  readonly indexUrl: string;
  readonly pagefindUrl: string;
  readonly lang: 'es' | 'en';
  readonly facetLabels: Record<FacetName, string>;
  readonly results: string;
  readonly clear: string;
}
type SortKey = 'code' | 'title' | 'date';
const QUERY_DELAY_MS = 200;
/** Facets with many values start closed, so that the panel stays short; on phones all do. */
const OPEN_UP_TO = 8;
const wide = window.matchMedia('(min-width: 56rem)').matches;

const root = document.querySelector<HTMLElement>('[data-browse]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset['browse'] ?? '{}') as BrowseConfig;
  const list = root.querySelector<HTMLUListElement>('.practice-list')!;
  const items = new Map(
    [...list.querySelectorAll<HTMLLIElement>('li')].map((li) => [practiceIdOf(li), li]),
  );
  const panel = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const queryInput = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const params = new URLSearchParams(location.search);
  queryInput.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? 'code';
  // The facet index (preloaded by the page) and a shared query's search run side by side.
  const [index, found] = await Promise.all([
    fetch(config.indexUrl)
      .then((response) => response.json() as Promise<FacetIndexFile>)
      .then((file) => decodeFacetIndex(file, [...items.keys()])),
    queryInput.value.trim()
      ? practicesMatching(config.pagefindUrl, queryInput.value.trim())
      : Promise.resolve(undefined),
  ]);
  let selection: Selection = paramsToSelection(index, params);
  let allowed: Set<string> | undefined = found;

  const byTitle = new Intl.Collator(config.lang, { sensitivity: 'base' });
  // The server lists practices in catalogue order: by area, kind, then number within the code.
  const catalogueOrder = new Map([...items.values()].map((li, position) => [li, position]));
  const sorters: Record<SortKey, (a: HTMLLIElement, b: HTMLLIElement) => number> = {
    code: (a, b) => catalogueOrder.get(a)! - catalogueOrder.get(b)!,
    title: (a, b) => byTitle.compare(titleOf(a), titleOf(b)),
    date: (a, b) => (b.dataset['date'] ?? '').localeCompare(a.dataset['date'] ?? ''),
  };

  let currentSort: SortKey = 'code';
  let ordered = [...items.values()];
  const idOf = new Map([...items].map(([id, li]) => [li, id]));
  const render = () => {
    const shown = new Set(filterRecords(index.practices, selection, allowed).map((r) => r.id));
    const counts = facetCounts(index, selection, allowed);
    const sortKey: SortKey = sortSelect.value in sorters ? (sortSelect.value as SortKey) : 'code';
    if (sortKey !== currentSort) {
      ordered = [...ordered].sort(sorters[sortKey]);
      currentSort = sortKey;
    }
    // The items a selection leaves out are taken out of the page, not hidden: the browser then
    // styles and lays out only those shown (hiding 850 of 1,000 cost a third of a second).
    const wanted = ordered.filter((li) => shown.has(idOf.get(li)!));
    const current = list.children;
    if (wanted.length !== current.length || wanted.some((li, i) => current[i] !== li))
      list.replaceChildren(...wanted);
    status.textContent = config.results
      .replace('{count}', String(shown.size))
      .replace('{total}', String(items.size));
    renderFacets(counts);
    const state = selectionToParams(index, selection);
    if (queryInput.value.trim()) state.set('q', queryInput.value.trim());
    if (sortSelect.value !== 'code') state.set('sort', sortSelect.value);
    const search = state.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  const renderFacets = (counts: Record<FacetName, number[]>) => {
    const openBefore = new Set(
      [...panel.querySelectorAll<HTMLDetailsElement>('details[open]')].map(
        (d) => d.dataset['facet'],
      ),
    );
    const focused =
      document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
    panel.replaceChildren(
      ...FACETS.filter((facet) => index.facets[facet].length > 1).map((facet) => {
        const chosen = selection[facet] ?? new Set<number>();
        const details = document.createElement('details');
        details.dataset['facet'] = facet;
        details.open =
          openBefore.has(facet) ||
          chosen.size > 0 ||
          (wide && index.facets[facet].length <= OPEN_UP_TO);
        const summary = document.createElement('summary');
        summary.textContent = config.facetLabels[facet];
        if (chosen.size > 0) summary.append(` (${chosen.size})`);
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.className = 'sr-only';
        legend.textContent = config.facetLabels[facet];
        fieldset.append(legend);
        index.facets[facet].forEach((value, position) => {
          const count = counts[facet][position] ?? 0;
          const checked = chosen.has(position);
          const id = `facet-${facet}-${position}`;
          const label = document.createElement('label');
          label.htmlFor = id;
          label.className = 'facet-value';
          const input = document.createElement('input');
          Object.assign(input, {
            type: 'checkbox',
            id,
            checked,
            disabled: count === 0 && !checked,
          });
          input.addEventListener('change', () => {
            const next = new Set(selection[facet] ?? []);
            if (input.checked) next.add(position);
            else next.delete(position);
            selection = { ...selection, [facet]: next };
            render();
          });
          const text = document.createElement('span');
          text.textContent = value.label[config.lang];
          const number = document.createElement('span');
          number.className = 'facet-value__count';
          number.textContent = String(count);
          label.append(input, text, number);
          fieldset.append(label);
        });
        details.append(summary, fieldset);
        return details;
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  queryInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = queryInput.value.trim();
      void (query ? practicesMatching(config.pagefindUrl, query) : Promise.resolve(undefined)).then(
        (found) => {
          allowed = found;
          render();
        },
      );
    }, QUERY_DELAY_MS);
  });
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  sortSelect.addEventListener('change', render);
  root.querySelector('[data-clear]')?.addEventListener('click', () => {
    selection = {};
    queryInput.value = '';
    allowed = undefined;
    render();
  });
  render();
  root.classList.add('browse--ready');
  document.documentElement.classList.remove('browse-pending');
  // The moment the first filtered list shows, for `npm run bench`.
  performance.mark('browse-results');
}

/** The practice an item shows: the last segment of its page's address, its slug (routes.ts). */
function practiceIdOf(li: HTMLLIElement): string {
  return li.firstElementChild?.getAttribute('href')?.split('/').filter(Boolean).at(-1) ?? '';
}

/** The statement an item shows: its link's text after the code (PracticeList's brief form). */
function titleOf(li: HTMLLIElement): string {
  return li.firstElementChild?.lastChild?.textContent?.trim() ?? '';
}
