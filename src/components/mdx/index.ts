/** The components every MDX entry may use without importing them (see allowed.ts). */
import Callout from './Callout.astro';
import type { AllowedMdxComponent } from './allowed.ts';

export const mdxComponents = { Callout } satisfies Record<AllowedMdxComponent, unknown>;
