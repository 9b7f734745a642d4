/**
 * The browse page's filters: facet counts and selection from the facet index (OR within a
 * facet, AND across), a text query through Pagefind, sorting, and the state in the URL so
 * that a filtered list can be shared. The server-rendered list is the page without JavaScript.
 */
import {
  decodeFacetIndex,
  FACETS,
  facetCounts,
  hasPlace,
  matching,
  paramsToSelection,
  placeSet,
  selectionToParams,
  sizeOf,
  type FacetIndexFile,
  type FacetName,
  type Selection,
} from '../lib/facets/model.ts';

interface BrowseConfig {
  readonly indexUrl: string;
  readonly pagefindUrl: string;
  /** The site's base path, where Pagefind's result URLs start. */
  readonly base: string;
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

declare global {
  interface Window {
    /** The facet index as the browse page's head fetched it, before this script ran. */
    catalogueFacets?: Promise<FacetIndexFile>;
  }
}

const root = document.querySelector<HTMLElement>('[data-browse]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset['browse'] ?? '{}') as BrowseConfig;
  const list = root.querySelector<HTMLUListElement>('.practice-list')!;
  // The items in the list's order, the facet index's order: an item's place is its practice's.
  const items = [...list.children] as HTMLLIElement[];
  const panel = root.querySelector<HTMLElement>('[data-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const queryInput = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const params = new URLSearchParams(location.search);
  queryInput.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? 'code';
  let placeOf: Map<string, number> | undefined;
  /**
   * The places of the practices a text query finds (Pagefind names them by slug). Pagefind is
   * loaded only for a query: a filter alone needs only the facet index.
   */
  const search = async (query: string) => {
    const { practicesMatching } = await import('./pagefind.ts');
    const found = await practicesMatching(config.pagefindUrl, config.base, query);
    placeOf ??= new Map(items.map((li, place) => [practiceIdOf(li), place]));
    const places = [...found].map((id) => placeOf!.get(id)).filter((place) => place !== undefined);
    return placeSet(items.length, places);
  };
  // The facet index (fetched by the page's head) and a shared query's search run side by side.
  const [index, found] = await Promise.all([
    (
      window.catalogueFacets ??
      fetch(config.indexUrl).then((response) => response.json() as Promise<FacetIndexFile>)
    ).then(decodeFacetIndex),
    queryInput.value.trim() ? search(queryInput.value.trim()) : Promise.resolve(undefined),
  ]);
  if (index.count !== items.length) {
    throw new Error(
      `The facet index describes ${index.count} practices and the page lists ${items.length}: ` +
        'they come from different builds; publish the whole built site again.',
    );
  }
  let selection: Selection = paramsToSelection(index, params);
  let allowed: Uint32Array | undefined = found;

  // The server lists practices in catalogue order: by area, kind, then number within the code.
  const sorters: Record<SortKey, (a: number, b: number) => number> = {
    code: (a, b) => a - b,
    title: (a, b) => titleOrder().compare(titleOf(items[a]!), titleOf(items[b]!)),
    date: (a, b) =>
      (items[b]!.dataset['date'] ?? '').localeCompare(items[a]!.dataset['date'] ?? ''),
  };

  // Made when first sorted by title: creating a collator takes milliseconds the first view
  // does not need.
  let byTitle: Intl.Collator | undefined;
  const titleOrder = () => (byTitle ??= new Intl.Collator(config.lang, { sensitivity: 'base' }));

  let currentSort: SortKey = 'code';
  let ordered = items.map((_, place) => place);
  const render = () => {
    const shown = matching(index, selection, allowed);
    const counts = facetCounts(index, selection, allowed);
    const sortKey: SortKey = sortSelect.value in sorters ? (sortSelect.value as SortKey) : 'code';
    if (sortKey !== currentSort) {
      ordered = [...ordered].sort(sorters[sortKey]);
      currentSort = sortKey;
    }
    // The items a selection leaves out are taken out of the page, not hidden: the browser then
    // styles and lays out only those shown (hiding 850 of 1,000 cost a third of a second).
    const wanted = ordered.filter((place) => hasPlace(shown, place)).map((place) => items[place]!);
    const current = list.children;
    if (wanted.length !== current.length || wanted.some((li, i) => current[i] !== li))
      list.replaceChildren(...wanted);
    status.textContent = config.results
      .replace('{count}', String(sizeOf(shown)))
      .replace('{total}', String(items.length));
    renderFacets(counts);
    const state = selectionToParams(index, selection);
    if (queryInput.value.trim()) state.set('q', queryInput.value.trim());
    if (sortSelect.value !== 'code') state.set('sort', sortSelect.value);
    const query = state.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
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
      void (query ? search(query) : Promise.resolve(undefined)).then((found) => {
        allowed = found;
        render();
      });
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
  // The moment the first filtered list is on screen, for `npm run bench`: after the frame that
  // paints it (a task queued from the frame's callback runs once the frame is done).
  requestAnimationFrame(() => {
    setTimeout(() => performance.mark('browse-results'));
  });
}

/**
 * The practice an item shows: the last segment of its page's address, its slug (routes.ts).
 * Read by slicing, without splitting: it runs for every item as a query's first results wait.
 */
function practiceIdOf(li: HTMLLIElement): string {
  const href = li.firstElementChild?.getAttribute('href') ?? '';
  const end = href.endsWith('/') ? href.length - 1 : href.length;
  return href.slice(href.lastIndexOf('/', end - 1) + 1, end);
}

/** The statement an item shows: its link's text after the code (PracticeList's brief form). */
function titleOf(li: HTMLLIElement): string {
  return li.firstElementChild?.lastChild?.textContent?.trim() ?? '';
}
