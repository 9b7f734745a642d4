// Preloaded by every npm script that runs TypeScript (`node --import`): Node 24 strips the
// types itself (tsconfig's erasableSyntaxOnly keeps the code strippable) and keeps the
// compiled code of the modules on disk, which halves the start-up of every later run.
// No loader such as tsx: its resolve hook ran for every module Astro imports while it
// renders pages, half a second of a thousand-practice build.
import module from 'node:module';

module.enableCompileCache?.();
