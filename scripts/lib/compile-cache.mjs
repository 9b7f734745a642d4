// Preloaded by `npm run check` (`node --import`): Node keeps the compiled code of the
// checker's modules on disk, which halves the start-up of every later run.
import module from 'node:module';

module.enableCompileCache?.();
