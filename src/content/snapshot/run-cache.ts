// What a snapshot asks of the same element many times (every item of a long list asks about their one parent) is
// worked out once. The cache lives for one synchronous run, a snapshot: it is dropped at the page's next microtask,
// so what the page changes afterwards (a focus that roves, a layer drawn) is read afresh.

export function runCache<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let values: WeakMap<K, V> | null = null;
  return (key) => {
    if (!values) {
      values = new WeakMap();
      queueMicrotask(() => {
        values = null;
      });
    }
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
