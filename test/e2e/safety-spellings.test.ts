import { describe, expect, it } from 'vitest';
import { pageShowing } from '../support/browser';
import { actionsOf, runGuardTask, useGuardRig } from '../support/guard-tasks';
import { lastUserText, type Step } from '../support/model-server';
import { browserCall, point, ref, turn } from '../support/scripted-calls';

/**
 * The gate reads words the way a person reads them, whatever the page's spelling or language: "Delete" with a
 * Cyrillic е, a zero-width space, fullwidth letters, a combining accent, stored backwards and drawn forwards, or
 * spaced out letter by letter (in the text, as boxes a name reads apart, or in a frame);
 * "Supprimer", "Eliminar", "購入する", "Удалить"; a French dialog's "Oui" (and not its "Annuler"); a German checkbox,
 * trash and framed button; Enter in a field whose form's default button says "Supprimer le compte". The scripted
 * model presses all of it.
 */
describe('the gate reads every spelling and language of a destructive control', () => {
  const rig = useGuardRig();

  it('asks before each of them, across members and a frame, and lets the harmless ones through', async () => {
    let page = '';
    const site = () => pageShowing(rig().browser.context, '/guards/spellings');
    let file: ReturnType<typeof point> | undefined;
    let bin: ReturnType<typeof point> | undefined;
    const click = (pattern: RegExp) => () => turn(browserCall('left_click', { target: ref(page, pattern) }));
    const steps: Step[] = [
      async (request) => {
        page = lastUserText(request);
        file = point((await (await site()).locator('#file').boundingBox())!);
        bin = point((await (await site()).locator('#papierkorb').boundingBox())!);
        return turn(browserCall('left_click', { target: ref(page, /button "Dеlete account"/) }));
      },
      click(/button "Del\u200Bete all files"|button "Del.?ete all files"/),
      click(/button "ＰＡＹ ＮＯＷ"|button "PAY NOW"/),
      click(/button "Dele\u0301te workspace"|button "Délete workspace"/),
      click(/button "tnuocca eteleD"/),
      click(/button "S u p p r i m e r\s+t o u t"/),
      click(/button "E ?f ?f ?a ?c ?e ?r l'historique"/),
      click(/"Supprimer mon compte"/),
      click(/button "Eliminar cuenta"/),
      click(/button "購入する"/),
      click(/button "Удалить аккаунт"/),
      click(/button "Suivant"/),
      click(/button "Oui"/),
      click(/button "Annuler"/),
      () => turn(browserCall('form_input', { target: ref(page, /checkbox "Löschen bestätigen"/), value: true })),
      () => turn(browserCall('left_click_drag', { from: file!, target: bin! })),
      click(/button "Konto löschen"/),
      click(/button "A l l e s\s+l ö s c h e n"/),
      click(/textbox "Raison"/),
      () => turn(browserCall('key', { text: 'Return' })),
      () => turn(browserCall('navigate', { url: rig().pages.url('/api/konto/l%C3%B6schen') })),
      () => turn(browserCall('navigate', { url: rig().pages.url('/api/account/d%D0%B5lete') })),
    ];
    const { state, asked, hits } = await runGuardTask(
      rig(),
      { task: 'Tidy up my account.', url: rig().pages.url('/guards/spellings.html') },
      steps,
    );

    expect(hits.filter((hit) => hit.includes('/api/'))).toEqual([]);
    // The harmless buttons worked without a question.
    expect(hits.filter((hit) => hit.includes('/log/')).map((hit) => hit.slice(hit.indexOf('/log/')))).toEqual([
      '/log/next',
      '/log/cancel',
    ]);
    const refused = actionsOf(state).filter((action) => /did not approve/.test(action.result));
    expect(
      refused.map((action) => action.tool),
      asked.join('\n'),
    ).toEqual([
      ...Array(11).fill('left_click'),
      'left_click',
      'form_input',
      'left_click_drag',
      'left_click',
      'left_click',
      'key',
      'navigate',
      'navigate',
    ]);
    expect(asked).toHaveLength(19);
    console.log(`spellings and languages: ${asked.length} activations asked about and denied, 0 reached the page`);
  });
});
