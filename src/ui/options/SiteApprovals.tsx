import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../../shared/settings';

const KIND_LABEL: Record<string, string> = {
  payment: 'payments and orders',
  send: 'sending messages',
  delete: 'deleting',
  account: 'account and security changes',
  form_submit: 'submitting forms',
  download: 'downloads',
  action: 'every action',
};

/** "Always allow on this site" answers, listed so a person can take any of them back. */
export function SiteApprovals() {
  const [approvals, setApprovals] = useState<Record<string, string[]> | undefined>();

  useEffect(() => {
    void loadSettings().then((settings) => setApprovals(settings.siteApprovals));
  }, []);

  if (!approvals) return null;

  async function revoke(origin: string, kind: string) {
    const kinds = (approvals![origin] ?? []).filter((k) => k !== kind);
    const next = { ...approvals! };
    if (kinds.length > 0) next[origin] = kinds;
    else delete next[origin];
    setApprovals((await saveSettings({ siteApprovals: next })).siteApprovals);
  }

  const entries = Object.entries(approvals).flatMap(([origin, kinds]) => kinds.map((kind) => ({ origin, kind })));
  return (
    <fieldset>
      <legend>Always allowed</legend>
      {entries.length === 0 ? (
        <p class="hint">Nothing yet. When you answer "Always allow on this site", it is listed here.</p>
      ) : (
        <ul class="approvals" data-testid="site-approvals">
          {entries.map(({ origin, kind }) => (
            <li key={`${origin} ${kind}`}>
              <span>
                {KIND_LABEL[kind] ?? kind} on <strong>{origin}</strong>
              </span>
              <button
                type="button"
                onClick={() => void revoke(origin, kind)}
                aria-label={`Stop allowing ${KIND_LABEL[kind] ?? kind} on ${origin}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
