// Form fields as widget kits build them around a native control: an ARIA 1.1 combobox (a role=combobox wrapper owning
// its listbox around the text input that takes the typing) is one target, the input, and goes with it when something
// covers it; a text input's <datalist> suggestions are listed as a select's options are; a disabled choice visually
// hidden behind the label that draws it (a sold-out size) is still said, disabled, and so is a select's disabled
// option. In view and below the fold.
// Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const FOLD = '<div style="height:1200px"></div>';

/** A react-select-style field: chips, then the ARIA 1.1 wrapper around the input, its listbox open or closed. */
function combobox(id: string, label: string, open: boolean): string {
  const options = ['Rust', 'Go', 'Zig'].map((o) => `<div role="option" aria-selected="false">${o} ${label}</div>`);
  return `<div style="position:relative;width:400px;margin:8px 0"><span id="${id}-l">${label}</span>
    <div style="display:flex;border:1px solid #888;padding:2px">
      <div role="combobox" aria-expanded="${open}" aria-haspopup="listbox" aria-owns="${id}-lb" style="flex:1;display:flex">
        <input aria-autocomplete="list" aria-controls="${id}-lb" aria-labelledby="${id}-l" value="R" style="flex:1;border:0">
      </div><button aria-label="Clear ${label}">x</button></div>
    <div role="listbox" id="${id}-lb" style="${open ? '' : 'display:none;'}position:absolute;left:0;right:0;top:100%;background:#fff;z-index:2;border:1px solid #888">${options.join('')}</div></div>`;
}

describe('an ARIA 1.1 combobox wrapper around its input', () => {
  it('is one target, the input, with the wrapper’s role and state, in view and below the fold', async () => {
    const field = (where: string) => combobox(`c-${where}`, `Skills ${where}`, true);
    const p = await harness().open(page(`${field('top')}<div style="height:140px"></div>${FOLD}${field('below')}`));
    for (const filter of [undefined, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      const wheres = filter ? ['top', 'below'] : ['top'];
      for (const where of wheres) {
        expect(text).toMatch(new RegExp(`^ *combobox "Skills ${where}" \\[ref_\\d+\\] expanded value="R"$`, 'm'));
        expect(text).toMatch(new RegExp(`option "Rust Skills ${where}" \\[ref_\\d+\\]`));
        expect(text).not.toMatch(new RegExp(`textbox "Skills ${where}"`));
      }
      expect(text).not.toMatch(/combobox \[ref_/);
    }
  });

  it('goes with its input when an open listbox covers it', async () => {
    const p = await harness().open(
      page(`${combobox('first', 'Languages', true)}${combobox('second', 'Frameworks', false)}
        <div style="height:160px"></div><button>After</button>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/option "Zig Languages" \[ref_\d+\]/);
    expect(text).not.toMatch(/combobox "Frameworks" \[ref_/);
    expect(text).not.toMatch(/combobox \[ref_/);
    expect(text).not.toMatch(/textbox "Frameworks" \[ref_/);
    expect(text).toMatch(/button "After" \[ref_\d+\]/);
  });
});

describe('a text input with a <datalist>', () => {
  it('lists its suggestions as a select lists its options, within the same limits, in view and below the fold', async () => {
    const cities = Array.from({ length: 15 }, (_, i) => `<option value="City ${i + 1}">`).join('');
    const field = (where: string) => `<label>Town ${where} <input list="towns-${where}"></label>
      <datalist id="towns-${where}"><option value="Lisbon"><option value="Porto" label="Oporto"><option value="Faro" disabled></datalist>
      <label>Place ${where} <input list="places-${where}"></label><datalist id="places-${where}">${cities}</datalist>`;
    const p = await harness().open(page(`${field('top')}${FOLD}${field('below')}`));
    for (const filter of [undefined, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter ? ['top', 'below'] : ['top']) {
        expect(text).toMatch(new RegExp(`combobox "Town ${where}" \\[ref_\\d+\\] options="Lisbon \\| Porto"$`, 'm'));
        const many = Array.from({ length: 12 }, (_, i) => `City ${i + 1}`).join(' \\| ');
        expect(text).toMatch(
          new RegExp(`combobox "Place ${where}" \\[ref_\\d+\\] options="${many} \\| …3 more"$`, 'm'),
        );
      }
    }
  });
});

describe('a choice visually hidden behind the label that draws it', () => {
  it('is said, disabled and without a ref, when it is disabled (a sold-out size), in view and below the fold', async () => {
    const hide = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';
    const sizes = (where: string) =>
      `<fieldset><legend>Size ${where}</legend>${['S', 'M', 'L']
        .map(
          (s, i) =>
            `<input type="radio" name="size-${where}" id="${where}-${s}" style="${hide}"${i === 2 ? ' disabled' : ''}><label for="${where}-${s}" style="padding:6px;border:1px solid">${s} ${where}</label>`,
        )
        .join('')}</fieldset>
      <label><input type="checkbox" style="display:none" disabled>Gift wrap ${where}</label>`;
    const p = await harness().open(page(`${sizes('top')}${FOLD}${sizes('below')}`));
    for (const filter of [undefined, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter ? ['top', 'below'] : ['top']) {
        expect(text).toMatch(new RegExp(`radio "S ${where}" \\[ref_\\d+\\]`));
        expect(text).toMatch(new RegExp(`radio "L ${where}" disabled(?!.*ref_)`));
        expect(text).toMatch(new RegExp(`checkbox "Gift wrap ${where}" disabled(?!.*ref_)`));
      }
    }
  });
});

describe('a select with disabled options', () => {
  it('marks the disabled options a select lists (a sold-out size), which cannot be chosen', async () => {
    const select = (where: string) =>
      `<label>Size ${where} <select><option disabled selected>Choose ${where}</option><option>S</option><option disabled>L - sold out</option></select></label>`;
    const p = await harness().open(page(`${select('top')}${FOLD}${select('below')}`));
    for (const filter of [undefined, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter ? ['top', 'below'] : ['top']) {
        expect(text).toContain(`options="Choose ${where} (disabled) | S | L - sold out (disabled)"`);
      }
    }
  });
});
