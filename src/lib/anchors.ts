/**
 * Anchors inside the print page. The PDF export looks for one ficha anchor per practice,
 * so this module must stay free of Astro imports (the build scripts use it too).
 */
import { areaSlug } from '../schemas/area.ts';
import { practiceSlug } from '../schemas/practice.ts';

export const fichaAnchor = (code: string): string => `ficha-${practiceSlug(code)}`;
export const areaAnchor = (code: string): string => `area-${areaSlug(code)}`;
