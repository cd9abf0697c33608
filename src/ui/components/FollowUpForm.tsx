import { useState } from 'preact/hooks';
import { Field } from './Field';

interface FollowUpFormProps {
  onRun: (task: string) => void;
  onCancel: () => void;
  error?: string | undefined;
}

/** "Continue": the next task, run in the same tab, knowing what this one did. */
export function FollowUpForm({ onRun, onCancel, error }: FollowUpFormProps) {
  const [text, setText] = useState('');
  return (
    <form
      class="follow-up"
      aria-label="Continue in the same tab"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onRun(text.trim());
      }}
    >
      <Field
        id="tw-follow-up"
        label="What next?"
        error={error}
        hint="Runs in the same tab; the agent remembers what this task did."
      >
        <textarea
          id="tw-follow-up"
          rows={2}
          value={text}
          placeholder="e.g. Now add the cheapest one to the cart"
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && text.trim()) {
              event.preventDefault();
              onRun(text.trim());
            }
          }}
        />
      </Field>
      <div class="buttons">
        <button type="submit" class="primary" disabled={!text.trim()}>
          Continue
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
