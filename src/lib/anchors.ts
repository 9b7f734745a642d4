/** Kept for the build scripts' imports; the definitions live in routes.ts. */
export { areaAnchor, fichaAnchor } from './routes.ts';
