/**
 * A one-argument function whose answers are remembered per input string, up to `size` of them (then forgotten all at
 * once): stories repeat the same few headings and labels, and the inputs are user text, so the cache must stay bounded.
 */
export function remembered<T>(answer: (input: string) => T, size = 2048): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    let known = cache.get(input);
    if (known === undefined) {
      known = answer(input);
      if (cache.size >= size) cache.clear();
      cache.set(input, known);
    }
    return known;
  };
}
