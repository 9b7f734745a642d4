/** The published practices as open-data entries, read from the site's collections. */
import { getAreas, getPractices, getSettings } from '../catalogue.ts';
import { openDataUrls } from '../routes.ts';
import { openDataDocument, type OpenDataDocument } from './record.ts';

export async function loadOpenData(): Promise<OpenDataDocument> {
  const [practices, areas, settings] = await Promise.all([
    getPractices(),
    getAreas(),
    getSettings(),
  ]);
  return openDataDocument(
    practices.map((entry) => ({ data: entry.data, body: entry.body ?? '' })),
    areas.map((area) => area.data),
    settings,
    openDataUrls.practicesSchema(),
  );
}
