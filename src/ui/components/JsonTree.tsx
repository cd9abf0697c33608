/** Output as a tree whose objects and lists fold (native details/summary: Enter and Space toggle them). */
export function JsonTree({ value }: { value: unknown }) {
  return (
    <div class="json-tree">
      <JsonNode value={value} depth={0} />
    </div>
  );
}

/** Deeper levels start folded, so a long answer opens at a readable size. */
const OPEN_DEPTH = 2;

function JsonNode({ name, value, depth }: { name?: string; value: unknown; depth: number }) {
  const label = name === undefined ? null : <span class="json-key">{name}: </span>;
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    const summary = Array.isArray(value)
      ? `[${entries.length} ${entries.length === 1 ? 'item' : 'items'}]`
      : `{${entries.length} ${entries.length === 1 ? 'key' : 'keys'}}`;
    if (entries.length === 0) {
      return (
        <div class="json-leaf">
          {label}
          <span class="json-empty">{Array.isArray(value) ? '[]' : '{}'}</span>
        </div>
      );
    }
    return (
      <details class="json-branch" open={depth < OPEN_DEPTH}>
        <summary>
          {label}
          <span class="json-summary">{summary}</span>
        </summary>
        <div class="json-children">
          {entries.map(([key, item]) => (
            <JsonNode key={key} name={key} value={item} depth={depth + 1} />
          ))}
        </div>
      </details>
    );
  }
  return (
    <div class="json-leaf">
      {label}
      <span class={`json-${value === null ? 'null' : typeof value}`}>
        {typeof value === 'string' ? JSON.stringify(value) : String(value)}
      </span>
    </div>
  );
}
