interface SegmentedSwitchProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; disabled?: boolean; title?: string }>;
  onChange: (value: T) => void;
}

/** A small either/or switch: buttons that say which one is on (aria-pressed), reachable with Tab. */
export function SegmentedSwitch<T extends string>({ label, value, options, onChange }: SegmentedSwitchProps<T>) {
  return (
    <fieldset class="segmented" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          class="segmented-option"
          aria-pressed={option.value === value}
          disabled={option.disabled}
          title={option.title}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
