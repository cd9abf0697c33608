/**
 * Shapes: one definition gives both the TypeScript type of a message and the check its receiver runs, so the two
 * cannot drift. A tiny combinator set instead of a schema library: extension pages and the service worker forbid
 * `eval`/`new Function`, and these are plain closures. Parsing copies only the properties a shape names (own
 * properties only), so whatever else a sender adds never reaches the receiver.
 */
export interface Shape<T> {
  /** The value as the shape describes it, or a problem naming where it fails ("action.target: expected ..."). */
  parse(value: unknown, path?: string): { ok: true; value: T } | { ok: false; problem: string };
  /** Set on shapes made by `optional`: an object may leave the property out. */
  readonly optional?: true;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (path: string, expected: string, value: unknown): Parsed<never> => ({
  ok: false,
  problem: `${path || 'value'}: expected ${expected}, got ${describe(value)}`,
});

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shape<T>(parse: (value: unknown, path: string) => Parsed<T>): Shape<T> {
  return { parse: (value, path = '') => parse(value, path) };
}

/** A string, optionally matching `pattern` (described as `what` in problems). */
export function string(pattern?: RegExp, what = `a string matching ${pattern}`): Shape<string> {
  return shape((value, path) => {
    if (typeof value === 'string' && (!pattern || pattern.test(value))) return ok(value);
    return fail(path, pattern ? what : 'a string', value);
  });
}

/** A finite number. */
export function number(): Shape<number> {
  return shape((value, path) =>
    typeof value === 'number' && Number.isFinite(value) ? ok(value) : fail(path, 'a finite number', value),
  );
}

/** A whole number, at least `min` when given. */
export function integer(min?: number): Shape<number> {
  return shape((value, path) =>
    Number.isInteger(value) && (min === undefined || (value as number) >= min)
      ? ok(value as number)
      : fail(path, min === undefined ? 'a whole number' : `a whole number of at least ${min}`, value),
  );
}

export function boolean(): Shape<boolean> {
  return shape((value, path) => (typeof value === 'boolean' ? ok(value) : fail(path, 'true or false', value)));
}

/** Exactly one of the given values. */
export function literal<const L extends string | number | boolean | null>(...values: L[]): Shape<L> {
  return shape((value, path) =>
    values.includes(value as L) ? ok(value as L) : fail(path, values.map((v) => JSON.stringify(v)).join(' or '), value),
  );
}

/** Anything: the receiver checks it further itself (task options, JSON Schemas). */
export function unknown(): Shape<unknown> {
  return shape((value) => ok(value));
}

/** The inner shape, whose values must also pass `test` (`expected` says what passes, for problems). */
export function refined<T>(inner: Shape<T>, test: (value: T) => boolean, expected: string): Shape<T> {
  return shape((value, path) => {
    const parsed = inner.parse(value, path);
    if (!parsed.ok) return parsed;
    return test(parsed.value) ? parsed : fail(path, expected, value);
  });
}

/** The inner shape, but any failure is told as `problem` alone: a sentence written for whoever sends the value. */
export function described<T>(inner: Shape<T>, problem: string): Shape<T> {
  return shape((value, path) => {
    const parsed = inner.parse(value, path);
    return parsed.ok ? parsed : { ok: false, problem };
  });
}

/** The inner shape, with `fallback` standing in for a value left out. */
export function withDefault<T>(inner: Shape<T>, fallback: T): Shape<T> {
  return shape((value, path) => (value === undefined ? ok(fallback) : inner.parse(value, path)));
}

/** A value `test` accepts, typed by it (`expected` says what passes, for problems). */
export function guarded<T>(test: (value: unknown) => value is T, expected: string): Shape<T> {
  return shape((value, path) => (test(value) ? ok(value) : fail(path, expected, value)));
}

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape<T | null>((value, path) => (value === null ? ok(null) : inner.parse(value, path)));
}

/** A property an object may leave out (undefined counts as left out). */
export function optional<T>(inner: Shape<T>): Shape<T | undefined> & { optional: true } {
  return {
    optional: true,
    parse: (value, path = '') => (value === undefined ? ok(undefined) : inner.parse(value, path)),
  };
}

export function array<T>(item: Shape<T>): Shape<T[]> {
  return shape((value, path) => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    const items: T[] = [];
    for (const [index, entry] of value.entries()) {
      const parsed = item.parse(entry, `${path}[${index}]`);
      if (!parsed.ok) return parsed;
      items.push(parsed.value);
    }
    return ok(items);
  });
}

type Properties = Record<string, Shape<unknown>>;
type OptionalKeys<P extends Properties> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<P extends Properties> = Simplify<
  { [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & {
    [K in OptionalKeys<P>]?: Exclude<Infer<P[K]>, undefined>;
  }
>;

export interface ObjectOptions {
  /**
   * Refuse an object with an own property the shape does not name, told by this sentence; without it, such
   * properties are dropped. For senders that must say exactly what they mean (the SDK bridge).
   */
  unknownKey?: (key: string, path: string) => string;
}

/** An object with these properties; others are dropped (or refused, see ObjectOptions). */
export function object<P extends Properties>(properties: P, options: ObjectOptions = {}): Shape<ObjectOf<P>> {
  const { unknownKey } = options;
  return shape((value, path) => {
    if (!isRecord(value)) return fail(path, 'an object', value);
    if (unknownKey) {
      const extra = Object.keys(value).find((key) => !Object.hasOwn(properties, key));
      if (extra !== undefined) return { ok: false, problem: unknownKey(extra, path) };
    }
    const result: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(properties)) {
      const given = Object.hasOwn(value, key) ? value[key] : undefined;
      const parsed = property.parse(given, path ? `${path}.${key}` : key);
      if (!parsed.ok) return parsed;
      if (parsed.value !== undefined) result[key] = parsed.value;
    }
    return ok(result as ObjectOf<P>);
  });
}

/** The first of the shapes that fits. */
export function union<S extends Shape<unknown>[]>(...shapes: S): Shape<Infer<S[number]>> {
  return shape((value, path) => {
    const problems: string[] = [];
    for (const candidate of shapes) {
      const parsed = candidate.parse(value, path);
      if (parsed.ok) return parsed as Parsed<Infer<S[number]>>;
      problems.push(parsed.problem);
    }
    return { ok: false, problem: problems.join('; or ') };
  });
}

type Variants = Record<string, Properties>;
export type VariantOf<D extends string, V extends Variants> = {
  [K in keyof V & string]: Simplify<{ [P in D]: K } & ObjectOf<V[K]>>;
}[keyof V & string];

/** Objects told apart by one property (`type`, `kind`): each value of it has its own properties. */
export function variants<const D extends string, V extends Variants>(
  discriminant: D,
  cases: V,
): Shape<VariantOf<D, V>> & { names: ReadonlySet<string> } {
  const shapes = new Map(Object.entries(cases).map(([name, properties]) => [name, object(properties)]));
  const { parse } = shape((value, path) => {
    if (!isRecord(value)) return fail(path, 'an object', value);
    const name = Object.hasOwn(value, discriminant) ? value[discriminant] : undefined;
    const variant = typeof name === 'string' ? shapes.get(name) : undefined;
    const at = path ? `${path}.${discriminant}` : discriminant;
    if (!variant) return fail(at, [...shapes.keys()].map((n) => JSON.stringify(n)).join(', or '), name);
    const parsed = variant.parse(value, path);
    return parsed.ok ? ok({ [discriminant]: name, ...parsed.value } as VariantOf<D, V>) : parsed;
  });
  /** `names`: the values the discriminant may take, so a receiver can tell "not mine" from "mine, but malformed". */
  return { parse, names: new Set(shapes.keys()) };
}

/** The value the shape parses, or null: for receivers that drop what is not theirs without a word. */
export function parsedOrNull<T>(shape: Shape<T>, value: unknown): T | null {
  const parsed = shape.parse(value);
  return parsed.ok ? parsed.value : null;
}

type KeysOf<T> = T extends unknown ? keyof T : never;

/**
 * A shape for a type its owner declares elsewhere (an interface): the compiler checks that the shape's values are Ts
 * and that it names every property T has, so a field added to T but not here fails the build instead of being
 * dropped at the receiver. Use as `shapeOf<TaskResult>()(object({ ... }))`.
 */
export function shapeOf<T>() {
  return <S extends Shape<T>>(
    shape: S & ([Exclude<KeysOf<T>, KeysOf<Infer<S>>>] extends [never] ? unknown : { missing: KeysOf<T> }),
  ): Shape<T> => shape;
}
