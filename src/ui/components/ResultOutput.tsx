import { useState } from 'preact/hooks';
import { JsonTree } from './JsonTree';
import { downloadText, exportFileName, isFlatObjectList, toCsv } from './output-export';
import { SegmentedSwitch } from './SegmentedSwitch';

interface ResultOutputProps {
  output: unknown;
  task: string;
  startedAt: number;
}

type View = 'tree' | 'raw';

/** The task's answer, ready to use: read it as a tree or raw JSON, copy it, or download it as JSON (or CSV for a table). */
export function ResultOutput({ output, task, startedAt }: ResultOutputProps) {
  const [view, setView] = useState<View>('tree');
  const [copied, setCopied] = useState('');
  const raw = JSON.stringify(output, null, 2) ?? 'null';
  const table = isFlatObjectList(output);

  async function copy() {
    try {
      await navigator.clipboard.writeText(raw);
      setCopied('Copied.');
    } catch {
      setCopied('Copying was blocked; select the raw JSON and copy it.');
    }
    setTimeout(() => setCopied(''), 2500);
  }

  return (
    <section class="output" aria-labelledby="output-heading">
      <div class="section-head">
        <h2 id="output-heading">Output</h2>
        <SegmentedSwitch<View>
          label="Output view"
          value={view}
          onChange={setView}
          options={[
            { value: 'tree', label: 'Tree' },
            { value: 'raw', label: 'Raw' },
          ]}
        />
      </div>
      {view === 'tree' ? <JsonTree value={output} /> : null}
      <pre class="raw-output" data-testid="output" hidden={view !== 'raw'}>
        {raw}
      </pre>
      <div class="buttons output-buttons">
        <button type="button" class="compact" onClick={copy}>
          Copy
        </button>
        <button
          type="button"
          class="compact"
          onClick={() => downloadText(exportFileName(task, startedAt, 'json'), `${raw}\n`, 'application/json')}
        >
          Download JSON
        </button>
        {table ? (
          <button
            type="button"
            class="compact"
            onClick={() => downloadText(exportFileName(task, startedAt, 'csv'), toCsv(output), 'text/csv')}
          >
            Download CSV
          </button>
        ) : null}
        <span class="muted" role="status">
          {copied}
        </span>
      </div>
    </section>
  );
}
