/**
 * The 10 guiding principles of the Global Compact for Safe, Orderly and Regular Migration (GCM),
 * A/RES/73/195, annex, para. 15, with the short labels of the Migration Network Hub.
 *
 * Verified against (line-by-line status in /work/notes/vocabularies.md):
 * - English headings: General Assembly resolution A/RES/73/195, "Global Compact for Safe, Orderly
 *   and Regular Migration" (English text, para. 15 (a)–(d) and (h)–(j)); (e)–(g) follow the
 *   guiding-principle pages of the UN Network on Migration's Migration Network Hub.
 * - Spanish headings: A/RES/73/195, "Pacto Mundial para la Migración Segura, Ordenada y Regular",
 *   para. 15, as quoted on the Spanish guiding-principle pages of the Migration Network Hub ((b),
 *   (f), (g), (h)); heading (a) as quoted in the IOM Ecuador catalogue of lessons learned and good
 *   practices. Headings (c), (d), (e), (i) and (j) in Spanish could not be read in a copy of the
 *   resolution and follow the Hub labels (see the notes).
 * - Short labels: the guiding-principle facets of the Migration Network Hub, English and Spanish.
 */

/** Letter of a GCM guiding principle in A/RES/73/195, para. 15. */
export type GcmPrincipleKey = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

/** A guiding principle of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195, para. 15). */
export interface GcmPrinciple {
  /** Letter of the principle in para. 15, a–j. */
  readonly key: GcmPrincipleKey;
  /** Short label used by the Migration Network Hub facets, per language. */
  readonly label: { readonly es: string; readonly en: string };
  /** Heading of the principle as worded in para. 15 of the resolution, per language. */
  readonly resolution: { readonly es: string; readonly en: string };
}

/** The 10 GCM guiding principles, in the order of A/RES/73/195, para. 15. */
export const gcmPrinciples = [
  {
    key: 'a',
    label: { es: 'Centrada en las personas', en: 'People-centred' },
    resolution: { es: 'Centrarse en las personas', en: 'People-centred' },
  },
  {
    key: 'b',
    label: { es: 'Cooperación internacional', en: 'International cooperation' },
    resolution: { es: 'Cooperación internacional', en: 'International cooperation' },
  },
  {
    key: 'c',
    label: { es: 'Soberanía nacional', en: 'National sovereignty' },
    resolution: { es: 'Soberanía nacional', en: 'National sovereignty' },
  },
  {
    key: 'd',
    label: { es: 'Estado de derecho y garantías procesales', en: 'Rule of law and due process' },
    resolution: {
      es: 'Estado de derecho y garantías procesales',
      en: 'Rule of law and due process',
    },
  },
  {
    key: 'e',
    label: { es: 'Desarrollo sostenible', en: 'Sustainable development' },
    resolution: { es: 'Desarrollo sostenible', en: 'Sustainable development' },
  },
  {
    key: 'f',
    label: { es: 'Derechos humanos', en: 'Human rights' },
    resolution: { es: 'Derechos humanos', en: 'Human rights' },
  },
  {
    key: 'g',
    label: { es: 'Perspectiva de género', en: 'Gender-responsive' },
    resolution: { es: 'Perspectiva de género', en: 'Gender-responsive' },
  },
  {
    key: 'h',
    label: { es: 'Perspectiva infantil', en: 'Child-sensitive' },
    resolution: { es: 'Perspectiva infantil', en: 'Child-sensitive' },
  },
  {
    key: 'i',
    label: { es: 'Enfoque pangubernamental', en: 'Whole-of-government approach' },
    resolution: { es: 'Enfoque pangubernamental', en: 'Whole-of-government approach' },
  },
  {
    key: 'j',
    label: { es: 'Enfoque pansocial', en: 'Whole-of-society approach' },
    resolution: { es: 'Enfoque pansocial', en: 'Whole-of-society approach' },
  },
] as const satisfies readonly GcmPrinciple[];
