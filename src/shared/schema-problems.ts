/**
 * What is wrong with a JSON Schema, in words a person can fix it by: which keyword, at which place in the schema,
 * what it holds, what is allowed there and the closest allowed value. Built from ajv's meta-schema errors, whose
 * own text ("data/type must be equal to one of the allowed values … anyOf") names none of that.
 */
export interface MetaSchemaError {
  keyword: string;
  /** Where in the checked schema, as a JSON pointer, e.g. `/properties/price/type`. */
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** ajv reports every branch of an anyOf: these are the branches' own complaints, said better by a sibling error. */
const WRAPPERS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'not']);

export function describeSchemaProblems(schema: unknown, errors: readonly MetaSchemaError[]): string[] {
  const byPath = new Map<string, MetaSchemaError[]>();
  for (const error of errors) byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
  const problems: string[] = [];
  for (const [path, found] of byPath) {
    const best =
      found.find((error) => error.keyword === 'enum') ??
      found.find((error) => !WRAPPERS.has(error.keyword)) ??
      found[0]!;
    problems.push(describe(schema, path, best, found));
  }
  return problems;
}

function describe(schema: unknown, path: string, error: MetaSchemaError, all: readonly MetaSchemaError[]): string {
  const where = path || '/';
  const keyword = keywordAt(path);
  const value = valueAt(schema, path);
  const shown = JSON.stringify(value) ?? String(value);
  if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) {
    const allowed = error.params.allowedValues.map(String);
    // A keyword such as "type" also takes a list of these: say so when ajv offered that branch.
    const alsoList = all.some((other) => other.keyword === 'type' && other.params.type === 'array');
    const match = typeof value === 'string' ? closest(value, allowed) : undefined;
    return (
      `"${keyword}" at ${where} is ${shown}, which is not allowed: use one of ${allowed.join(', ')}` +
      `${alsoList ? ' (or a list of them)' : ''}${match ? `. Did you mean "${match}"?` : '.'}`
    );
  }
  if (error.keyword === 'type') {
    return `"${keyword}" at ${where} is ${shown}, but it must be ${article(String(error.params.type))}.`;
  }
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
    return `At ${where}, "${error.params.missingProperty}" is missing.`;
  }
  return `"${keyword}" at ${where} ${error.message ?? 'is not valid'}.`;
}

function keywordAt(path: string): string {
  const last = path.split('/').pop() ?? '';
  return unescapePointer(last) || '(the schema)';
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = unescapePointer(segment);
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function article(type: string): string {
  const words = type.split(',').map((word) => word.trim());
  const text = words.join(' or ');
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

/** The allowed value nearest to a typo (edit distance), when it is near enough to be what was meant. */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
