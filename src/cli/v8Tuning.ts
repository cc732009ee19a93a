import { setFlagsFromString } from 'node:v8';

/**
 * The one V8 setting the CLI changes for its own process (never for the extension host, which other
 * extensions share): a smaller budget for inlining when the optimising compiler builds a function.
 *
 * Why: a CLI run is short, and most of it runs before V8 has optimised the engine. On the 1,000-story
 * benchmark the optimising compiler spent about 1.9 s of background-thread CPU on 150 functions against
 * about 1 s on the main thread, so functions waited in its queue, unoptimised. With less inlining
 * each compile is smaller, the queue drains sooner, and the run took 12-20% less wall time (1k and 10k
 * corpora; docs/performance.md). The setting changes how fast code runs, never what it computes.
 *
 * It is set before the bundle is compiled, and the build sets it before writing the code cache: V8
 * keeps a hash of its flags in the cache and rejects a cache written under other flags.
 */
export const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200';

export function tuneV8ForOneShotRun(): void {
  setFlagsFromString(V8_FLAGS);
}
