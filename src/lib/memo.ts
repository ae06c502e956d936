/**
 * Values derived once per input object. A build hands every page the same observations and reports
 * arrays, so what a page derives from them (a chart's figures, a metric's popover, the related reports)
 * is computed for the first page and reused by the other thousand: without this, each page scans the
 * whole archive and the build grows with the square of its size. `astro dev` hands out new arrays when
 * a report changes, and a new array is a new key, so an edit is never answered from a stale result.
 */

/** `compute(key)`, remembered for as long as `key` lives. */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}

/**
 * A store of values derived from `key` under names: `cache(key, name, compute)` computes a name's value
 * once for as long as `key` lives.
 */
export function namedCache<K extends object, V>(): (key: K, name: string, compute: () => V) => V {
  const results = new WeakMap<K, Map<string, V>>();
  return (key, name, compute) => {
    let byName = results.get(key);
    if (!byName) results.set(key, (byName = new Map()));
    if (byName.has(name)) return byName.get(name) as V;
    const value = compute();
    byName.set(name, value);
    return value;
  };
}
