import { describe, expect, it } from 'vitest';
import { findRef, lastUserText, type RecordedRequest, type Step } from '../support/model-server';
import { toolResults } from './actions-harness';
import { call, done, FLOWS, type FlowName, pageState, useFlow } from './flows-harness';

/**
 * Widgets that text-reading models got wrong (issue 12), on pages of several designs (see below for the flows):
 * autocompletes with close matches (exact, accent-free, unique prefix, ambiguous → candidates, suggestions that arrive
 * late and in bursts, select-only dropdowns), multi-selects (native, ARIA toggling, ARIA with Ctrl to add), and drags
 * a text-only model can do from the points find gives (HTML5 sortable, pointer-driven handles, native and ARIA sliders),
 * and date pickers (day buttons in a popup grid re-rendered per month, gridcells that take the click themselves).
 * The scripted model reads only what the extension sends; the outcome is read off the page the extension shows it.
 */
/** The ref of the control `pattern` names; inline groups and grid rows print several on a line, split by " | ". */
const ref = (request: RecordedRequest, pattern: RegExp) => ({
  type: 'ref',
  ref: findRef(lastUserText(request).split(' | ').join('\n'), pattern),
});
const formInput = (request: RecordedRequest, field: RegExp, value: string) => ({
  content: [call('form_input', { target: ref(request, field), value })],
});
/** The last tool result the model got, as text. */
const lastResult = (request: RecordedRequest) => toolResults(request).at(-1)?.text ?? '';
/** A page value shown as `key=value;` (or up to the line end). */
const shown = (request: RecordedRequest, key: string) =>
  new RegExp(`${key}=([^;\\n"]*)`).exec(pageState(request))?.[1]?.trim() ?? null;

/** The drag point `find` gave for the element `pattern` names in the same reply. */
function pointOf(found: string, pattern: RegExp, which: 'centre' | 'handle' = 'centre'): { x: number; y: number } {
  const id = findRef(found, pattern);
  const match = new RegExp(`^${id}: .*?${which} \\((\\d+), (\\d+)\\)`, 'm').exec(found);
  if (!match) throw new Error(`no ${which} point for ${id} in:\n${found}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** A slider's track ends and values, as find reports them. */
function trackOf(found: string, pattern: RegExp) {
  const id = findRef(found, pattern);
  const match = new RegExp(
    `^${id}: slider at \\S+ \\((-?[\\d.]+) to (-?[\\d.]+)\\): handle \\((\\d+), (\\d+)\\); track from \\((\\d+), (\\d+)\\) at \\S+ to \\((\\d+), (\\d+)\\)`,
    'm',
  ).exec(found);
  if (!match) throw new Error(`no slider line for ${id} in:\n${found}`);
  const [min, max, hx, hy, x0, y0, x1, y1] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    min,
    max,
    handle: { x: hx, y: hy },
    at: (value: number) => ({
      x: x0 + ((x1 - x0) * (value - min)) / (max - min),
      y: y0 + ((y1 - y0) * (value - min)) / (max - min),
    }),
  };
}

const coordinate = (point: { x: number; y: number }) => ({
  type: 'coordinate',
  x: Math.round(point.x),
  y: Math.round(point.y),
});

/**
 * Every widget runs in the SDK's flow (a script's launched browser, the quickest to drive). The side panel page starts
 * the same worker task on the same content script (flows.test.ts covers what differs in how each flow starts); it runs
 * the widgets that depend on the tab being shown and focused (timers, hover, pointer drags), since the panel page is a
 * tab itself and a task that left its own tab in the background would fail them. The popup opens over the task's tab,
 * which stays in front: flows.test.ts covers it.
 */
const SHOWN_TAB_WIDGETS = new Set(['late suggestions', 'hover-only', 'pointer-driven', 'menus, tabs']);

describe.each(FLOWS.filter((flow) => flow !== 'popup'))('widgets in the %s flow', (name: FlowName) => {
  const setup = useFlow(name);
  /** `it` for every widget in the SDK flow; in the others, for those that need a shown tab. */
  const widget = (title: string, test: () => Promise<void>) =>
    it.runIf(name === 'sdk' || [...SHOWN_TAB_WIDGETS].some((part) => title.includes(part)))(title, test);

  async function run(path: string, turns: Step[]) {
    const result = await setup.flow.run({ task: 'Fill in the widgets.', path, turns, maxSteps: 16 });
    expect(result.status, result.message).toBe('success');
    return result.output as Record<string, unknown>;
  }

  widget('autocomplete: an exact match beats a longer one, accents and case do not matter', async () => {
    const results: string[] = [];
    const output = await run('/widgets2/autocomplete.html', [
      (request) => formInput(request, /combobox "Destination city"/, 'Lisbon'),
      (request) => {
        results.push(lastResult(request));
        return {
          content: [call('form_input', { target: ref(request, /combobox "Destination city"/), value: 'sao PAULO' })],
        };
      },
      (request) => {
        results.push(lastResult(request));
        return done({ city: shown(request, 'city') });
      },
    ]);
    expect(results[0]).toMatch(/Selected "Lisbon"/);
    expect(results[1]).toMatch(/Selected "São Paulo"/);
    expect(output).toEqual({ city: 'São Paulo' });
  });

  widget('autocomplete: when several options fit, none is chosen and the model gets them to pick from', async () => {
    let candidates = '';
    const output = await run('/widgets2/autocomplete.html', [
      (request) => formInput(request, /combobox "Destination city"/, 'San'),
      (request) => {
        candidates = lastResult(request);
        // The model picks one of the candidates it was given, by its full text.
        const pick = /"(San Francisco)"/.exec(candidates)?.[1] ?? 'none offered';
        return { content: [call('form_input', { target: ref(request, /combobox "Destination city"/), value: pick })] };
      },
      (request) => done({ city: shown(request, 'city') }),
    ]);
    expect(candidates).toMatch(
      /Several options of .* fit "San": "San Diego", "San Francisco", "Santiago"\. None was chosen/,
    );
    expect(output).toEqual({ city: 'San Francisco' });
  });

  widget(
    'autocomplete with late suggestions arriving in bursts: waits for the list to settle, prefix or candidates',
    async () => {
      const results: string[] = [];
      const output = await run('/widgets2/autocomplete.html', [
        (request) => formInput(request, /combobox "Departure airport"/, 'Sao Paulo'),
        (request) => {
          results.push(lastResult(request));
          const pick = /"(São Paulo Congonhas \(CGH\))"/.exec(lastResult(request))?.[1] ?? 'none offered';
          return formInput(request, /combobox "Departure airport"/, pick);
        },
        (request) => {
          results.push(lastResult(request));
          return formInput(request, /combobox "Departure airport"/, 'zurich');
        },
        (request) => {
          results.push(lastResult(request));
          return done({ airport: shown(request, 'airport') });
        },
      ]);
      expect(results[0]).toMatch(/Several options .* "São Paulo Guarulhos \(GRU\)", "São Paulo Congonhas \(CGH\)"/);
      expect(results[1]).toMatch(/Selected "São Paulo Congonhas \(CGH\)"/);
      expect(results[2]).toMatch(/Selected "Zürich Kloten \(ZRH\)"/);
      expect(output).toEqual({ airport: 'ZRH' });
    },
  );

  widget(
    'select-only dropdown: exact beats prefix, a unique prefix is taken, a disabled option is refused',
    async () => {
      const results: string[] = [];
      const output = await run('/widgets2/autocomplete.html', [
        (request) => formInput(request, /button "Cabin/, 'economy'),
        (request) => {
          results.push(lastResult(request));
          return formInput(request, /button "Cabin/, 'First');
        },
        (request) => {
          results.push(lastResult(request));
          return formInput(request, /button "Cabin/, 'Premium');
        },
        (request) => {
          results.push(lastResult(request));
          return done({ cabin: shown(request, 'cabin') });
        },
      ]);
      expect(results[0]).toMatch(/Selected "Economy"/);
      expect(results[1]).toMatch(/disabled/);
      expect(results[2]).toMatch(/Selected "Premium Economy"/);
      expect(output).toEqual({ cabin: 'Premium Economy' });
    },
  );

  widget('native multi-select: sets exactly the listed options and reports what is selected', async () => {
    const results: string[] = [];
    const output = await run('/widgets2/multiselect.html', [
      (request) => formInput(request, /listbox "Topics/, '["Science", "travel"]'),
      (request) => {
        results.push(lastResult(request));
        return done({ topics: shown(request, 'topics') });
      },
    ]);
    expect(results[0]).toMatch(/now has 2 of 6 options selected: "Science", "Travel"/);
    expect(output).toEqual({ topics: 'sci,travel' });
  });

  widget('native multi-select: a comma-separated list, and one option whose text has a comma', async () => {
    const seen: Array<string | null> = [];
    const output = await run('/widgets2/multiselect.html', [
      (request) => formInput(request, /listbox "Topics/, 'Politics, Art'),
      (request) => {
        seen.push(shown(request, 'topics'));
        return formInput(request, /listbox "Topics/, 'Food, wine & cooking');
      },
      (request) => done({ topics: shown(request, 'topics') }),
    ]);
    expect(seen).toEqual(['art,pol']);
    expect(output).toEqual({ topics: 'food' });
  });

  widget(
    'ARIA multi-select listboxes: one that toggles on click, one where a click replaces and Ctrl adds',
    async () => {
      const results: string[] = [];
      const output = await run('/widgets2/multiselect.html', [
        (request) => formInput(request, /listbox "Delivery days/, '["Tuesday", "Thursday"]'),
        (request) => {
          results.push(lastResult(request));
          return formInput(request, /listbox "Languages/, 'deutsch; portugues');
        },
        (request) => {
          results.push(lastResult(request));
          return done({ days: shown(request, 'days'), langs: shown(request, 'langs') });
        },
      ]);
      expect(results[0]).toMatch(/now has 2 of 5 options selected: "Tuesday", "Thursday"/);
      expect(results[1]).toMatch(/now has 2 of 4 options selected: "Deutsch", "Português"/);
      expect(output).toEqual({ days: 'Tuesday,Thursday', langs: 'Deutsch,Português' });
    },
  );

  widget(
    'date pickers: day buttons and clickable gridcells keep their refs and states, across a month change',
    async () => {
      const click = (target: ReturnType<typeof ref>) => ({ content: [call('left_click', { target })] });
      const states: string[] = [];
      const output = await run('/widgets2/datepicker.html', [
        (request) => click(ref(request, /button "Choose arrival date"/)),
        (request) => {
          states.push(pageState(request));
          return click(ref(request, /button "Next month"/));
        },
        (request) => {
          states.push(pageState(request));
          return click(ref(request, /button "15"/));
        },
        (request) => click(ref(request, /gridcell "13"/)),
        (request) => {
          states.push(pageState(request));
          return done({ arrival: shown(request, 'arrival'), departure: shown(request, 'departure') });
        },
      ]);
      expect(output).toEqual({ arrival: '15/01/2027', departure: '13/01/2027' });
      // December 2026 with days before the 10th disabled and offered without a ref, then January 2027 in a new grid.
      expect(states[0]).toMatch(/December 2026/);
      expect(states[0]).toMatch(/button "9" disabled(?! \[)/);
      expect(states[0]).toMatch(/button "10" \[ref_\w+\]/);
      expect(states[1]).toMatch(/January 2027[\s\S]*button "31" \[ref_\w+\]/);
      // The always-shown grid: weekends disabled, the chosen day selected, every weekday clickable by its ref.
      expect(states[2]).toMatch(/gridcell "13" \[ref_\w+\] selected/);
      expect(states[2]).toMatch(/gridcell "16" disabled/);
      expect(states[2]).toMatch(/gridcell "14" \[ref_\w+\](?! selected)/);
    },
  );

  widget('menus, tabs, accordions, details and toggle buttons: what opens shows up with refs and states', async () => {
    const click = (request: RecordedRequest, pattern: RegExp) => ({
      content: [call('left_click', { target: ref(request, pattern) })],
    });
    const states: string[] = [];
    const seen = (request: RecordedRequest) => states.push(pageState(request));
    const output = await run('/widgets2/disclosures.html', [
      (request) => {
        seen(request);
        return click(request, /button "Actions"/);
      },
      (request) => {
        seen(request);
        return click(request, /menuitemcheckbox "Express handling"/);
      },
      (request) => {
        seen(request);
        return click(request, /menuitem "Archive order"/);
      },
      (request) => click(request, /tab "Billing"/),
      (request) => {
        seen(request);
        return formInput(request, /textbox "Billing address"/, '1 Main Street');
      },
      (request) => click(request, /button "Shipping options"/),
      (request) => {
        seen(request);
        return formInput(request, /checkbox "Gift wrap"/, 'true');
      },
      (request) => click(request, /"Delivery notes"/),
      (request) => formInput(request, /textbox "Note for the courier"/, 'Ring twice'),
      (request) => click(request, /button "Bold"/),
      (request) => {
        seen(request);
        return done(
          Object.fromEntries(
            ['action', 'express', 'billing', 'gift', 'note', 'bold', 'italic'].map((key) => [key, shown(request, key)]),
          ),
        );
      },
    ]);
    expect(states[0]).toMatch(/button "Actions" \[ref_\w+\] collapsed/);
    expect(states[1]).toMatch(/menuitemcheckbox "Express handling" \[ref_\w+\](?! checked)/);
    expect(states[2]).toMatch(/menuitemcheckbox "Express handling" \[ref_\w+\] checked/);
    expect(states[3]).toMatch(/tab "Billing" \[ref_\w+\] selected[\s\S]*tabpanel "Billing"/);
    expect(states[4]).toMatch(/button "Shipping options" \[ref_\w+\] expanded/);
    expect(states[5]).toMatch(/button "Delivery notes" \[ref_\w+\] expanded/);
    expect(states[5]).toMatch(/button "Bold" \[ref_\w+\] pressed/);
    expect(states[5]).toMatch(/checkbox "Gift wrap" \[ref_\w+\] checked/);
    expect(output).toEqual({
      action: 'Archive order',
      express: 'true',
      billing: '1 Main Street',
      gift: 'true',
      note: 'Ring twice',
      bold: 'true',
      italic: 'false',
    });
  });

  widget('a hover-only menu, a masked input, a virtualized list and a cell edited by double-click', async () => {
    const act = (request: RecordedRequest, member: string, pattern: RegExp, input: Record<string, unknown> = {}) => ({
      content: [call(member, { target: ref(request, pattern), ...input })],
    });
    // Each row reads `listitem: Person 0040 | button "Pick" [ref_N]` (a `*` before each part a scroll rendered anew):
    // its button says what it does, the row whose it is.
    const wanted = /Person 0040 \| \*?button (?:"Pick" )?\[ref_\w+\]/;
    const states: string[] = [];
    const seen = (request: RecordedRequest) => states.push(pageState(request));
    let scrolls = 0;
    let picked = false;
    const notes: string[] = [];
    let found = '';
    const output = await run('/widgets2/app-widgets.html', [
      (request) => act(request, 'hover', /link "Reports"/),
      (request) => {
        seen(request);
        return act(request, 'left_click', /link "Quarterly report"/);
      },
      (request) => formInput(request, /textbox "Phone"/, '555-123-4567'),
      // Scrolls the virtualized list by its ref until the row is rendered, picks it, then only looks.
      ...Array.from(
        { length: 8 },
        (): Step => (request) => {
          if (picked) return { content: [call('find', { query: 'Travel amount cell' })] };
          if (wanted.test(pageState(request))) {
            picked = true;
            // The button's ref on the row's line (`act` reads each part apart, and the row is two parts).
            return {
              content: [call('left_click', { target: { type: 'ref', ref: findRef(pageState(request), wanted) } })],
            };
          }
          scrolls += 1;
          if (scrolls > 1) notes.push(lastResult(request));
          return act(request, 'scroll', /list "People/, { scroll_direction: 'down', scroll_amount: 3 });
        },
      ),
      () => ({ content: [call('find', { query: 'the Travel amount cell, 1200' })] }),
      (request) => {
        found = lastResult(request);
        return { content: [call('double_click', { target: { type: 'ref', ref: findRef(found, /"1200"/) } })] };
      },
      (request) => {
        seen(request);
        return act(request, 'left_click', /textbox "Travel amount"/);
      },
      () => ({
        content: [call('key', { text: 'ctrl+a' }), call('type', { text: '1500' }), call('key', { text: 'Enter' })],
      }),
      (request) => {
        seen(request);
        return done(
          Object.fromEntries(['report', 'phone', 'picked', 'travel'].map((key) => [key, shown(request, key)])),
        );
      },
    ]);
    expect(output).toEqual({ report: 'Quarterly report', phone: '5551234567', picked: 'Person 0040', travel: '1500' });
    // The hover opened the menu; the list was scrolled in steps it never skips rows with, and said so.
    expect(states[0]).toMatch(/link "Quarterly report" \[ref_\w+\]/);
    expect(scrolls).toBeGreaterThanOrEqual(5);
    expect(
      notes.every((note) => /shows 200 px at a time, so it scrolled 180 px, not the 300 px asked for/.test(note)),
    ).toBe(true);
    // find falls back to text that is no control, with a ref and the point a pointer member needs.
    expect(found).toMatch(/^cell "1200" \[(ref_\w+)\]$/m);
    expect(found).toMatch(/^ref_\w+: centre \(\d+, \d+\)$/m);
    expect(states[1]).toMatch(/textbox "Travel amount" \[ref_\w+\]/);
  });

  widget('drags a sortable item (HTML5 drag and drop) to the top, from the points find gives', async () => {
    const output = await run('/widgets2/drag.html', [
      () => ({ content: [call('find', { query: 'Pay invoice' }), call('find', { query: 'Write report' })] }),
      (request) => {
        const [invoice, report] = toolResults(request).map((result) => result.text);
        return {
          content: [
            call('left_click_drag', {
              from: coordinate(pointOf(invoice!, /"Pay invoice"/)),
              target: coordinate(pointOf(report!, /"Write report"/)),
            }),
          ],
        };
      },
      (request) => done({ priorities: shown(request, 'priorities') }),
    ]);
    expect(output).toEqual({ priorities: 'Pay invoice | Write report | Call supplier | Book flights' });
  });

  widget('drags a pointer-driven sortable item by its handle', async () => {
    const output = await run('/widgets2/drag.html', [
      () => ({ content: [call('find', { query: 'Move All Blues' }), call('find', { query: 'Move Blue in Green' })] }),
      (request) => {
        const [last, first] = toolResults(request).map((result) => result.text);
        const top = pointOf(first!, /"Move Blue in Green"/);
        return {
          content: [
            call('left_click_drag', {
              from: coordinate(pointOf(last!, /"Move All Blues"/)),
              target: coordinate({ x: top.x, y: top.y - 6 }),
            }),
          ],
        };
      },
      (request) => done({ playlist: shown(request, 'playlist') }),
    ]);
    expect(output).toEqual({ playlist: 'All Blues | Blue in Green | So What | Freddie Freeloader' });
  });

  widget('drags a native range slider and an ARIA slider to a value, from the track find gives', async () => {
    const results: string[] = [];
    const output = await run('/widgets2/drag.html', [
      () => ({ content: [call('find', { query: 'Max price slider' }), call('find', { query: 'Volume slider' })] }),
      (request) => {
        const [price, volume] = toolResults(request).map((result) => result.text);
        const priceTrack = trackOf(price!, /slider "Max price"/);
        const volumeTrack = trackOf(volume!, /slider "Volume"/);
        return {
          content: [
            call('left_click_drag', { from: coordinate(priceTrack.handle), target: coordinate(priceTrack.at(350)) }),
            call('left_click_drag', { from: coordinate(volumeTrack.handle), target: coordinate(volumeTrack.at(75)) }),
          ],
        };
      },
      (request) => {
        results.push(...toolResults(request).map((result) => result.text));
        return done({ price: shown(request, 'price'), volume: shown(request, 'volume') });
      },
    ]);
    expect(results[0]).toMatch(/The slider is now at 350\./);
    expect(output.price).toBe('350');
    expect(Math.abs(Number(output.volume) - 75)).toBeLessThanOrEqual(1);
  });
});
