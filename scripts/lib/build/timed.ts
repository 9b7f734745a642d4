/** Runs a build step and logs how long it took, so slow steps are visible in every build log. */
export async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`  ${label.padEnd(28)} ${seconds.padStart(7)} s`);
  }
}
